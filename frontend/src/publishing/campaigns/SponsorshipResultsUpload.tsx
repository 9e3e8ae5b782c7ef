import { useState } from 'react';
import { Alert, BodyShort, Button, List, VStack } from '@navikt/ds-react';
import { ApiError } from '../../api/http';
import { campaignsApi } from '../../api/campaigns';
import { errorText } from '../../common/forms';
import { useSubmit } from '../../common/useSubmit';
import { useT } from '../../i18n/i18n';

const CODES = ['empty', 'too-many-rows', 'unreadable', 'header', 'columns', 'missing', 'negative', 'number', 'too-large', 'too-long', 'duplicate', 'unknown-post', 'not-approved'] as const;
type CsvCode = (typeof CODES)[number];

interface CsvError {
  line: number;
  column: string;
  code: CsvCode | null;
}

/**
 * Imports the spend and results of many sponsored posts from a CSV file made from the platform's ad report; a file
 * with faults lists each by line and column, and nothing is stored.
 */
export function SponsorshipResultsUpload({ onImported }: { onImported: (message: string) => void }) {
  const t = useT();
  const [file, setFile] = useState<File | null>(null);
  const { busy, error, submit } = useSubmit({ resetBusyOnSuccess: true });
  const faults: CsvError[] =
    error instanceof ApiError && error.type === 'urn:samtale:problem:sponsorship-results-csv' ? csvErrors(error) : [];

  const onSubmit = submit(async () => {
    if (file === null) return;
    const imported = await campaignsApi.importResults(file);
    onImported(t('publishing.sponsored.csv.imported', { rows: imported.rows }));
  });

  return (
    <form onSubmit={onSubmit}>
      <VStack gap="space-12">
        <BodyShort>{t('publishing.sponsored.csv.help')}</BodyShort>
        <div>
          <label htmlFor="sponsorship-results-file" className="navds-label">
            {t('publishing.sponsored.csv.file')}
          </label>
          <br />
          <input id="sponsorship-results-file" type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        <div>
          <Button type="submit" variant="secondary" size="small" loading={busy} disabled={file === null}>
            {t('publishing.sponsored.csv.import')}
          </Button>
        </div>
        {error !== null && (
          <Alert variant="error" role="alert">
            {errorText(error, t)}
            {faults.length > 0 && (
              <List size="small">
                {faults.map((f) => (
                  <List.Item key={`${f.line}-${f.column}`}>
                    {t('publishing.sponsored.csv.fault', {
                      line: f.line,
                      column: f.column,
                      reason: f.code === null ? '' : t(`publishing.sponsored.csv.code.${f.code}`),
                    })}
                  </List.Item>
                ))}
              </List>
            )}
          </Alert>
        )}
      </VStack>
    </form>
  );
}

/** The faults as the server names them: lines[3].spendNok with the rule's code, in file order. */
function csvErrors(error: ApiError): CsvError[] {
  return Object.keys(error.fieldErrors)
    .flatMap((field) => {
      const match = /^lines\[(\d+)\]\.(.+)$/.exec(field);
      if (match === null) return [];
      const code = error.fieldCodes[field];
      return [{ line: Number(match[1]), column: match[2], code: (CODES as readonly string[]).includes(code) ? (code as CsvCode) : null }];
    })
    .sort((a, b) => a.line - b.line);
}
