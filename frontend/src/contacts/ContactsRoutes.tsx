import { Route, Routes } from 'react-router';
import { ComplaintPage } from './ComplaintPage';
import { ComplaintsPage } from './ComplaintsPage';
import { ContactLogPage } from './ContactLogPage';
import { NotFoundPage } from '../shell/NotFoundPage';

/** The contact log's and the complaints' pages, loaded on demand from App.tsx. */
export function ContactLogRoutes() {
  return (
    <Routes>
      <Route index element={<ContactLogPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

export function ComplaintRoutes() {
  return (
    <Routes>
      <Route index element={<ComplaintsPage />} />
      <Route path=":id" element={<ComplaintPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
