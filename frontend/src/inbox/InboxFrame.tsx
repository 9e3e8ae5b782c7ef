import type { ReactNode } from 'react';
import type { Me } from '../api/types';
import { useT } from '../i18n/i18n';
import { useMe } from '../shell/session';
import { SectionPage } from '../shell/SectionPage';
import { useInboxCounts } from './useInboxCounts';
import { DutyNowBanner } from './DutyNowBanner';
import './inbox.css';

/** Advisors answer in the inbox; administrators see and configure everything. */
export const canUseInbox = (me: Me) => me.roles.includes('ADVISOR') || me.roles.includes('ADMIN');

/** Frame for the inbox pages: only advisors and administrators, links between the inbox pages, the h1. */
export function InboxFrame({ heading, children }: { heading: string; children: ReactNode }) {
  const t = useT();
  const me = useMe();
  const allowed = canUseInbox(me);
  const counts = useInboxCounts(allowed);
  const waiting = counts?.awaitingMyApproval ?? 0;
  const links = [
    { to: '/innboks', label: t('inbox.nav.queue'), end: true },
    { to: '/innboks/godkjenning', label: waiting > 0 ? t('inbox.nav.approvalsCount', { count: waiting }) : t('inbox.nav.approvals') },
    { to: '/innboks/standardsvar', label: t('inbox.nav.canned') },
    { to: '/innboks/vakter', label: t('inbox.nav.duty') },
  ];
  return (
    <SectionPage allowed={allowed} forbiddenBody={t('inbox.forbidden')} navLabel={t('inbox.nav.label')} links={links} heading={heading}>
      {allowed && <DutyNowBanner />}
      {children}
    </SectionPage>
  );
}
