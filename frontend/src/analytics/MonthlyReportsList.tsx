import { useCallback } from 'react';
import { BodyShort, Heading, Link } from '@navikt/ds-react';
import { DownloadIcon } from '@navikt/aksel-icons';
import { get } from '../api/http';
import { formatMonth } from '../common/format';
import { useLoad } from '../common/useLoad';
import { useLanguage } from '../i18n/i18n';

interface MonthlyReport {
  month: string;
  createdAt: string;
  url: string;
}

/** The team's kept monthly PDF reports, newest first. */
export function MonthlyReportsList({ teamId }: { teamId: number }) {
  const { t, language } = useLanguage();
  const load = useCallback(() => get<MonthlyReport[]>(`/api/v1/analytics/teams/${teamId}/reports`), [teamId]);
  const { data } = useLoad(load);
  if (!data) return null;
  return (
    <section aria-labelledby="monthly-reports-heading">
      <Heading level="2" size="small" spacing id="monthly-reports-heading">
        {t('analytics.reports.heading')}
      </Heading>
      {data.length === 0 ? (
        <BodyShort size="small">{t('analytics.reports.none')}</BodyShort>
      ) : (
        <ul className="samtale-analytics-annotations">
          {data.map((r) => (
            <li key={r.month}>
              <Link href={r.url} download>
                <DownloadIcon aria-hidden /> {t('analytics.reports.pdf', { month: formatMonth(r.month, language) })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
