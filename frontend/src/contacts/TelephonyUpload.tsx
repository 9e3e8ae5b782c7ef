import { useState } from 'react';
import { Alert, BodyShort, Button, List, VStack } from '@navikt/ds-react';
import { ApiError } from '../api/http';
import { StatusMessage } from '../common/StatusMessage';
import { errorText } from '../common/forms';
import { useSubmit } from '../common/useSubmit';
import { useT } from '../i18n/i18n';
import { contactsApi } from './contactsApi';

const CODES = ['empty', 'too-many-rows', 'unreadable', 'header', 'columns', 'future', 'date', 'topic', 'answered-exceeds-calls', 'duplicate', 'negative', 'number'] as const;
type CsvCode = (typeof CODES)[number];

interface CsvError {
  line: number;
  column: string;
  code: CsvCode | null;
}

/** Imports the telephony system's CSV; a file with faults lists each by line and column, and nothing is stored. */
export function TelephonyUpload({ onImported }: { onImported: () => void }) {
  const t = useT();
  const [file, setFile] = useState<File | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, submit } = useSubmit({ resetBusyOnSuccess: true });
  const faults: CsvError[] =
    error instanceof ApiError && error.type === 'urn:samtale:problem:telephony-csv' ? csvErrors(error) : [];

  const onSubmit = submit(async () => {
    if (file === null) return;
    setDone(null);
    const imported = await contactsApi.importTelephony(file);
    setDone(t('contacts.telephony.imported', { rows: imported.rows, from: imported.firstDay, to: imported.lastDay }));
    onImported();
  });

  return (
    <form onSubmit={onSubmit}>
      <VStack gap="space-12">
        <BodyShort>{t('contacts.telephony.help')}</BodyShort>
        <div>
          <label htmlFor="telephony-file" className="navds-label">
            {t('contacts.telephony.file')}
          </label>
          <br />
          <input id="telephony-file" type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        <div>
          <Button type="submit" variant="secondary" size="small" loading={busy} disabled={file === null}>
            {t('contacts.telephony.import')}
          </Button>
        </div>
        {error !== null && (
          <Alert variant="error" role="alert">
            {errorText(error, t)}
            {faults.length > 0 && (
              <List size="small">
                {faults.map((f) => (
                  <List.Item key={`${f.line}-${f.column}`}>
                    {t('contacts.telephony.fault', {
                      line: f.line,
                      column: f.column,
                      reason: f.code === null ? '' : t(`contacts.telephony.code.${f.code}`),
                    })}
                  </List.Item>
                ))}
              </List>
            )}
          </Alert>
        )}
        <StatusMessage text={done} />
      </VStack>
    </form>
  );
}

/** The faults as the server names them: lines[3].calls with the rule's code, in file order. */
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
