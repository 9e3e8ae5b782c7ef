import { useState } from 'react';
import { CsvUploadForm } from '../common/CsvUploadForm';
import { StatusMessage } from '../common/StatusMessage';
import { useT } from '../i18n/i18n';
import { contactsApi } from './contactsApi';

const CODES = ['empty', 'too-many-rows', 'unreadable', 'header', 'columns', 'future', 'date', 'topic', 'answered-exceeds-calls', 'duplicate', 'negative', 'number'] as const;

/** Imports the telephony system's CSV; a file with faults lists each by line and column, and nothing is stored. */
export function TelephonyUpload({ onImported }: { onImported: () => void }) {
  const t = useT();
  const [done, setDone] = useState<string | null>(null);
  return (
    <CsvUploadForm
      inputId="telephony-file"
      problemType="urn:samtale:problem:telephony-csv"
      codes={CODES}
      help={t('contacts.telephony.help')}
      fileLabel={t('contacts.telephony.file')}
      importLabel={t('contacts.telephony.import')}
      faultText={(f) =>
        t('contacts.telephony.fault', {
          line: f.line,
          column: f.column,
          reason: f.code === null ? '' : t(`contacts.telephony.code.${f.code}`),
        })
      }
      upload={async (file) => {
        setDone(null);
        const imported = await contactsApi.importTelephony(file);
        setDone(t('contacts.telephony.imported', { rows: imported.rows, from: imported.firstDay, to: imported.lastDay }));
        onImported();
      }}
    >
      <StatusMessage text={done} />
    </CsvUploadForm>
  );
}
