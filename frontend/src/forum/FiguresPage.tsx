import { useCallback, useState } from 'react';
import { Select, VStack } from '@navikt/ds-react';
import { api } from '../api/client';
import { useLanguage } from '../i18n/i18n';
import { PageHeading } from '../shell/PageHeading';
import { FiguresTables } from './FiguresTables';
import { ForumBackLink } from './ForumBackLink';
import { LoadProblem } from './LoadProblem';
import { formatMonth, recentMonths } from './format';
import { useLoad } from './useLoad';
import { useRouteId } from './useRouteId';
import './forum.css';

export function FiguresPage() {
  const { t, language } = useLanguage();
  const spaceId = useRouteId('spaceId');
  const [months] = useState(() => recentMonths());
  const [month, setMonth] = useState(months[0]);
  const { data: space } = useLoad(useCallback(() => api.space(spaceId), [spaceId]));
  const { data: figures, error } = useLoad(useCallback(() => api.figures(spaceId, month), [spaceId, month]));

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
      {figures ? <FiguresTables figures={figures} kind={space?.kind} /> : <LoadProblem error={error} />}
    </VStack>
  );
}
