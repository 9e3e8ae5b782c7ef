import { Route, Routes } from 'react-router';
import { AnalyticsPage } from './AnalyticsPage';
import { ForumFiguresPage } from './ForumFiguresPage';
import { EmployeeSurveyPage } from './EmployeeSurveyPage';
import { SurveyResultsPage } from './SurveyResultsPage';
import { SurveysPage } from './SurveysPage';
import { NotFoundPage } from '../shell/NotFoundPage';

/** The pages under /analyse, loaded on demand (with the chart library) from App.tsx. */
export function AnalyticsRoutes() {
  return (
    <Routes>
      <Route index element={<AnalyticsPage />} />
      <Route path="forum" element={<ForumFiguresPage />} />
      <Route path="undersokelser" element={<SurveysPage />} />
      <Route path="undersokelser/:id" element={<SurveyResultsPage />} />
      <Route path="undersokelser/:id/svar" element={<EmployeeSurveyPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
