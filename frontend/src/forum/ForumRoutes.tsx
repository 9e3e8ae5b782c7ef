import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../shell/NotFoundPage';
import { AskPage } from './AskPage';
import { AuditPage } from './AuditPage';
import { DiscussionPage } from './DiscussionPage';
import { EscalationsPage } from './EscalationsPage';
import { FiguresPage } from './FiguresPage';
import { ForumHomePage } from './ForumHomePage';
import { ModerationPage } from './ModerationPage';
import { SpaceAdminPage } from './SpaceAdminPage';
import { SpacePage } from './SpacePage';

/** The forum's pages under /forum. */
export function ForumRoutes() {
  return (
    <Routes>
      <Route index element={<ForumHomePage />} />
      <Route path="rom/:spaceId" element={<SpacePage />} />
      <Route path="rom/:spaceId/ny" element={<AskPage />} />
      <Route path="rom/:spaceId/tall" element={<FiguresPage />} />
      <Route path="rom/:spaceId/logg" element={<AuditPage />} />
      <Route path="admin" element={<SpaceAdminPage />} />
      <Route path="diskusjon/:discussionId" element={<DiscussionPage />} />
      <Route path="moderering" element={<ModerationPage />} />
      <Route path="eskaleringer" element={<EscalationsPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
