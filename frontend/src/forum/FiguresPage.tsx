import { useCallback, useState } from 'react';
import { Select, VStack } from '@navikt/ds-react';
import { forumApi } from '../api/forum';
import { useLanguage } from '../i18n/i18n';
import { PageHeading } from '../common/PageHeading';
import { FiguresTables } from './FiguresTables';
import { ForumBackLink } from './ForumBackLink';
import { ForumLoadProblem } from './ForumLoadProblem';
import { formatMonth, recentMonths } from '../common/format';
import { useLoad } from '../common/useLoad';
import { useRouteId } from '../common/useRouteId';
import './forum.css';

export function FiguresPage() {
  const { t, language } = useLanguage();
  const spaceId = useRouteId('spaceId');
  const [months] = useState(() => recentMonths());
  const [month, setMonth] = useState(months[0]);
  const { data: space } = useLoad(useCallback(() => forumApi.space(spaceId), [spaceId]));
  const { data: figures, error } = useLoad(useCallback(() => forumApi.figures(spaceId, month), [spaceId, month]));

  return (
    <VStack gap="space-24">
      <ForumBackLink to={`/forum/rom/${spaceId}`} text={space?.name ?? t('forum.space')} />
      <PageHeading>{space ? t('forum.figures.title', { space: space.name }) : t('forum.figures.link')}</PageHeading>
      <div>
        <Select label={t('forum.figures.month')} value={month} onChange={(e) => setMonth(e.target.value)}>
          {months.map((m) => (
            <option key={m} value={m}>
              {formatMonth(m, language)}
            </option>
          ))}
        </Select>
      </div>
      {figures ? <FiguresTables figures={figures} kind={space?.kind} /> : <ForumLoadProblem error={error} />}
    </VStack>
  );
}
