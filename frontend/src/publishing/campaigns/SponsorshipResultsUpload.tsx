import { campaignsApi } from '../../api/campaigns';
import { CsvUploadForm } from '../../common/CsvUploadForm';
import { useT } from '../../i18n/i18n';

const CODES = ['empty', 'too-many-rows', 'unreadable', 'header', 'columns', 'missing', 'negative', 'number', 'too-large', 'too-long', 'duplicate', 'unknown-post', 'not-approved'] as const;

/**
 * Imports the spend and results of many sponsored posts from a CSV file made from the platform's ad report; a file
 * with faults lists each by line and column, and nothing is stored.
 */
export function SponsorshipResultsUpload({ onImported }: { onImported: (message: string) => void }) {
  const t = useT();
  return (
    <CsvUploadForm
      inputId="sponsorship-results-file"
      problemType="urn:samtale:problem:sponsorship-results-csv"
      codes={CODES}
      help={t('publishing.sponsored.csv.help')}
      fileLabel={t('publishing.sponsored.csv.file')}
      importLabel={t('publishing.sponsored.csv.import')}
      faultText={(f) =>
        t('publishing.sponsored.csv.fault', {
          line: f.line,
          column: f.column,
          reason: f.code === null ? '' : t(`publishing.sponsored.csv.code.${f.code}`),
        })
      }
      upload={async (file) => {
        const imported = await campaignsApi.importResults(file);
        onImported(t('publishing.sponsored.csv.imported', { rows: imported.rows }));
      }}
    />
  );
}
