import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes, useMatch } from 'react-router';
import { Alert, Loader, VStack } from '@navikt/ds-react';
import { UnitsPage } from './admin/UnitsPage';
import { UsersPage } from './admin/UsersPage';
import { ForumRoutes } from './forum/ForumRoutes';
import { useT } from './i18n/i18n';
import { LoginPage } from './identity/LoginPage';
import { MustChangePasswordPage } from './identity/MustChangePasswordPage';
import { ProfilePage } from './identity/ProfilePage';
import { ApprovalBadge } from './inbox/ApprovalBadge';
import { PostApprovalBadge } from './publishing/PostApprovalBadge';
import { NotificationBell } from './notifications/NotificationBell';
import { NotificationsPage } from './notifications/NotificationsPage';
import { AppShell } from './shell/AppShell';
import { NotFoundPage } from './shell/NotFoundPage';
import { StartPage } from './shell/StartPage';
import { SessionProvider, useSession } from './shell/session';

// Loaded on first visit, so the pages most users never open do not weigh on every start-up.
const ContactLogRoutes = lazy(() => import('./contacts/ContactsRoutes').then((m) => ({ default: m.ContactLogRoutes })));
const ComplaintRoutes = lazy(() => import('./contacts/ContactsRoutes').then((m) => ({ default: m.ComplaintRoutes })));
const ChannelMixPage = lazy(() => import('./contacts/ChannelMixPage').then((m) => ({ default: m.ChannelMixPage })));
const InboxRoutes = lazy(() => import('./inbox/InboxRoutes').then((m) => ({ default: m.InboxRoutes })));
const ChannelRoutes = lazy(() => import('./channels/ChannelRoutes').then((m) => ({ default: m.ChannelRoutes })));
const ManualChannelPage = lazy(() => import('./channels/ManualChannelPage').then((m) => ({ default: m.ManualChannelPage })));
const TeamsPage = lazy(() => import('./teams/TeamsPage').then((m) => ({ default: m.TeamsPage })));
const SearchPage = lazy(() => import('./search/SearchPage').then((m) => ({ default: m.SearchPage })));
const UnansweredPage = lazy(() => import('./search/UnansweredPage').then((m) => ({ default: m.UnansweredPage })));
const FollowerStatusPage = lazy(() => import('./analytics/FollowerStatusPage').then((m) => ({ default: m.FollowerStatusPage })));
const SearchAdminPage = lazy(() => import('./search/SearchAdminPage').then((m) => ({ default: m.SearchAdminPage })));
const ArchivePage = lazy(() => import('./archive/ArchivePage').then((m) => ({ default: m.ArchivePage })));
const PrivacyRoutes = lazy(() => import('./privacy/PrivacyRoutes').then((m) => ({ default: m.PrivacyRoutes })));
const PublishingPage = lazy(() => import('./publishing/PublishingPage').then((m) => ({ default: m.PublishingPage })));
const GuideEditorPage = lazy(() => import('./guide/GuideEditorPage').then((m) => ({ default: m.GuideEditorPage })));
const PostPage = lazy(() => import('./publishing/PostPage').then((m) => ({ default: m.PostPage })));
const MeetingPage = lazy(() => import('./publishing/MeetingPage').then((m) => ({ default: m.MeetingPage })));
const CampaignsPage = lazy(() => import('./publishing/campaigns/CampaignsPage').then((m) => ({ default: m.CampaignsPage })));
const BlogPage = lazy(() => import('./publishing/blog/BlogPage').then((m) => ({ default: m.BlogPage })));
const NettpratRoutes = lazy(() => import('./events/EventsRoutes').then((m) => ({ default: m.NettpratRoutes })));
const IdeaRoutes = lazy(() => import('./events/EventsRoutes').then((m) => ({ default: m.IdeaRoutes })));
const HearingRoutes = lazy(() => import('./events/EventsRoutes').then((m) => ({ default: m.HearingRoutes })));
const FeedbackRoutes = lazy(() => import('./events/EventsRoutes').then((m) => ({ default: m.FeedbackRoutes })));
const WebChatPage = lazy(() => import('./webchat/WebChatPage').then((m) => ({ default: m.WebChatPage })));
const AnalyticsRoutes = lazy(() => import('./analytics/AnalyticsRoutes').then((m) => ({ default: m.AnalyticsRoutes })));
const PublicSurveyPage = lazy(() => import('./analytics/PublicSurveyPage').then((m) => ({ default: m.PublicSurveyPage })));
const FeedbackPage = lazy(() => import('./analytics/FeedbackPage').then((m) => ({ default: m.FeedbackPage })));

/**
 * The citizens' web chat or the employees' app. The chat needs no employee login and lives outside the employee
 * shell, so it never starts the employee session (no /api/v1/me, which answers a citizen with 401).
 */
export function App() {
  const t = useT();
  const citizenChat = useMatch('/chat/:accountId');
  const citizenSurvey = useMatch('/undersokelse/:token');
  const citizenFeedback = useMatch('/tilbakemelding/:accountId');
  if (citizenFeedback) {
    return (
      <Suspense fallback={<Loader size="xlarge" title={t('common.loading')} />}>
        <Routes>
          <Route path="/tilbakemelding/:accountId" element={<FeedbackPage />} />
        </Routes>
      </Suspense>
    );
  }
  if (citizenSurvey) {
    return (
      <Suspense fallback={<Loader size="xlarge" title={t('common.loading')} />}>
        <Routes>
          <Route path="/undersokelse/:token" element={<PublicSurveyPage />} />
        </Routes>
      </Suspense>
    );
  }
  if (citizenChat) {
    return (
      <Suspense fallback={<Loader size="xlarge" title={t('common.loading')} />}>
        <Routes>
          <Route path="/chat/:accountId" element={<WebChatPage />} />
        </Routes>
      </Suspense>
    );
  }
  return (
    <SessionProvider>
      <EmployeeApp />
    </SessionProvider>
  );
}

/** Chooses what the session allows: loading, login, forced password change, or the app's routes. */
function EmployeeApp() {
  const t = useT();
  const { status, info, me } = useSession();
  const demo = info?.demo ?? false;
  const loading = <Loader size="xlarge" title={t('common.loading')} />;

  if (status === 'loading') {
    return (
      <AppShell me={null} demo={demo}>
        {loading}
      </AppShell>
    );
  }
  if (status === 'failed') {
    return (
      <AppShell me={null} demo={demo}>
        <VStack gap="space-16">
          <h1 className="aksel-sr-only">{t('app.name')}</h1>
          <Alert variant="error">{t('session.failed')}</Alert>
        </VStack>
      </AppShell>
    );
  }
  if (me === null) {
    return (
      <AppShell me={null} demo={demo}>
        <LoginPage />
      </AppShell>
    );
  }
  if (me.mustChangePassword) {
    return (
      <AppShell me={me} demo={demo}>
        <MustChangePasswordPage />
      </AppShell>
    );
  }
  const header = {
    tools: <NotificationBell />,
    badges: { '/innboks': <ApprovalBadge me={me} />, '/publisering': <PostApprovalBadge me={me} /> },
  };
  return (
    <AppShell me={me} demo={demo} header={header}>
      <Suspense fallback={loading}>
        <Routes>
          <Route path="/" element={<StartPage />} />
          <Route path="/login" element={<Navigate to="/" replace />} />
          <Route path="/profil" element={<ProfilePage />} />
          <Route path="/admin" element={<UsersPage />} />
          <Route path="/admin/enheter" element={<UnitsPage />} />
          <Route path="/admin/kanaler/team" element={<TeamsPage />} />
          <Route path="/admin/kanaler/*" element={<ChannelRoutes />} />
          <Route path="/kanaler/manuell/:accountId" element={<ManualChannelPage />} />
          <Route path="/admin/sok" element={<SearchAdminPage />} />
          <Route path="/admin/statistikk" element={<FollowerStatusPage />} />
          <Route path="/admin/personvern/*" element={<PrivacyRoutes />} />
          <Route path="/arkiv" element={<ArchivePage />} />
          <Route path="/sok" element={<SearchPage />} />
          <Route path="/sok/ubesvart" element={<UnansweredPage />} />
          <Route path="/varsler" element={<NotificationsPage />} />
          <Route path="/forum/*" element={<ForumRoutes />} />
          <Route path="/innboks/*" element={<InboxRoutes />} />
          <Route path="/publisering" element={<PublishingPage />} />
          <Route path="/publisering/mote" element={<MeetingPage />} />
          <Route path="/publisering/innlegg/:id" element={<PostPage />} />
          <Route path="/publisering/kampanjer" element={<CampaignsPage />} />
          <Route path="/publisering/veiviser" element={<GuideEditorPage />} />
          <Route path="/analyse/kanaler" element={<ChannelMixPage />} />
          <Route path="/publisering/blogg" element={<BlogPage />} />
          <Route path="/analyse/*" element={<AnalyticsRoutes />} />
          <Route path="/kontaktlogg/*" element={<ContactLogRoutes />} />
          <Route path="/klager/*" element={<ComplaintRoutes />} />
          <Route path="/nettprat/*" element={<NettpratRoutes />} />
          <Route path="/ideer/*" element={<IdeaRoutes />} />
          <Route path="/horinger/*" element={<HearingRoutes />} />
          <Route path="/tilbakemeldinger/*" element={<FeedbackRoutes />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </AppShell>
  );
}
