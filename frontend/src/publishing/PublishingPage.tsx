import { useCallback, useState } from 'react';
import { BodyShort, Link, VStack } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router';
import { publishingApi } from '../api/publishing';
import { useT } from '../i18n/i18n';
import { LoadProblem } from '../common/LoadProblem';
import { PageHeading } from '../common/PageHeading';
import { useLoad } from '../common/useLoad';
import { useMe } from '../shell/session';
import { ApprovalSection } from './ApprovalSection';
import { AskedThisWeekSection } from './AskedThisWeekSection';
import { CalendarGridSection } from './CalendarGridSection';
import { CalendarSection } from './CalendarSection';
import { PostEditorSection } from './PostEditorSection';
import { WheelSection } from './WheelSection';
import './publishing.css';

function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The editors' page: the yearly wheel, posts waiting for a partner, questions many searched for in vain this week,
 * a new post, and the next two weeks.
 */
export function PublishingPage() {
  const t = useT();
  const me = useMe();
  if (!me.roles.includes('EDITOR') && !me.roles.includes('ADMIN')) {
    return (
      <VStack gap="space-16">
        <PageHeading>{t('admin.forbiddenTitle')}</PageHeading>
        <BodyShort>{t('publishing.forbidden')}</BodyShort>
      </VStack>
    );
  }
  return <EditorsPage />;
}

function EditorsPage() {
  const t = useT();
  const [version, setVersion] = useState(0);
  const from = new Date();
  const to = new Date(from.getTime() + 13 * 24 * 60 * 60 * 1000);
  const fromIso = isoDate(from);
  const toIso = isoDate(to);
  // The next two weeks' counts alone (no posts): the accounts for the forms, and the days under target for the list.
  const calendar = useLoad(useCallback(() => publishingApi.calendarDays(fromIso, toIso, {}, 0), [fromIso, toIso]));
  const changed = () => {
    setVersion((v) => v + 1);
    void calendar.reload();
  };
  return (
    <VStack gap="space-32">
      <PageHeading>{t('publishing.title')}</PageHeading>
      <BodyShort>{t('publishing.intro')}</BodyShort>
      <Link as={RouterLink} to="/publisering/mote">
        {t('publishing.meeting.link')}
      </Link>
      <Link as={RouterLink} to="/publisering/veiviser">
        {t('nav.guide')}
      </Link>
      <Link as={RouterLink} to="/publisering/kampanjer">
        {t('publishing.campaigns.link')}
      </Link>
      <Link as={RouterLink} to="/publisering/blogg">
        {t('publishing.blog.link')}
      </Link>
      <ApprovalSection key={`approval-${version}`} onChanged={changed} />
      <AskedThisWeekSection />
      {calendar.data === null ? (
        <LoadProblem error={calendar.error} />
      ) : (
        <>
          <PostEditorSection accounts={calendar.data.accounts} onSaved={changed} />
          <CalendarGridSection accounts={calendar.data.accounts} version={version} onChanged={changed} />
          <CalendarSection summary={calendar.data} version={version} onChanged={changed} />
          <WheelSection accounts={calendar.data.accounts} />
        </>
      )}
    </VStack>
  );
}
