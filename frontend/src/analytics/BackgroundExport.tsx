import { useEffect, useState } from 'react';
import { Alert, Button, HStack, Link } from '@navikt/ds-react';
import { DownloadIcon } from '@navikt/aksel-icons';
import { get, request } from '../api/http';
import { errorText } from '../common/forms';
import { useT } from '../i18n/i18n';

interface ExportStatus {
  id: number;
  state: string;
  filename: string;
  fileUrl: string | null;
}

/** Asks for a large export to be made in the background, says so while it is made, and links to it when ready. */
export function BackgroundExport({ body }: { body: Record<string, unknown> }) {
  const t = useT();
  const [status, setStatus] = useState<ExportStatus | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (!status || status.state === 'READY') return;
    const timer = window.setTimeout(() => {
      get<ExportStatus>(`/api/v1/analytics/exports/${status.id}`).then(setStatus, setError);
    }, 1500);
    return () => window.clearTimeout(timer);
  }, [status]);
  const start = () => {
    setError(null);
    request<ExportStatus>('POST', '/api/v1/analytics/exports', { ...body, format: 'xlsx' }).then(setStatus, setError);
  };
  return (
    <HStack gap="space-12" align="center" wrap>
      <Button size="small" variant="tertiary" onClick={start} disabled={status !== null && status.state !== 'READY'}>
        {t('analytics.export.background')}
      </Button>
      <span role="status">
        {status && status.state !== 'READY' && t('analytics.export.making')}
        {status?.fileUrl && (
          <Link href={status.fileUrl} download>
            <DownloadIcon aria-hidden /> {t('analytics.export.ready', { file: status.filename })}
          </Link>
        )}
      </span>
      {error !== null && <Alert variant="error" size="small">{errorText(error, t)}</Alert>}
    </HStack>
  );
}
