import { Route, Routes } from 'react-router';
import { FeedbackPage } from './FeedbackPage';
import { FeedbackQueuePage } from './FeedbackQueuePage';
import { EditHearingPage, NewHearingPage } from './HearingFormPage';
import { HearingPage } from './HearingPage';
import { HearingsPage } from './HearingsPage';
import { IdeaPage } from './IdeaPage';
import { IdeasPage } from './IdeasPage';
import { NettpratListPage } from './NettpratListPage';
import { NettpratPage } from './NettpratPage';
import './events.css';
import { NotFoundPage } from '../shell/NotFoundPage';

/** Nettprat under /nettprat, the idea box under /ideer, hearings under /horinger, product feedback under /tilbakemeldinger. */
export function NettpratRoutes() {
  return (
    <Routes>
      <Route index element={<NettpratListPage />} />
      <Route path=":id" element={<NettpratPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

export function IdeaRoutes() {
  return (
    <Routes>
      <Route index element={<IdeasPage />} />
      <Route path=":id" element={<IdeaPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

export function HearingRoutes() {
  return (
    <Routes>
      <Route index element={<HearingsPage />} />
      <Route path="ny" element={<NewHearingPage />} />
      <Route path=":id" element={<HearingPage />} />
      <Route path=":id/rediger" element={<EditHearingPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

export function FeedbackRoutes() {
  return (
    <Routes>
      <Route index element={<FeedbackPage />} />
      <Route path="tjeneste/:id" element={<FeedbackQueuePage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
