import { useState, type ReactNode } from 'react';
import { Alert, BodyShort, Button, List, VStack } from '@navikt/ds-react';
import { ApiError } from '../api/http';
import { useT } from '../i18n/i18n';
import { errorText } from './forms';
import { useSubmit } from './useSubmit';

/** One faulty cell of an uploaded file, as the server names it: `lines[3].calls` with its rule's code. */
export interface CsvFault<Code extends string> {
  line: number;
  column: string;
  code: Code | null;
}

interface CsvUploadFormProps<Code extends string> {
  inputId: string;
  /** The problem type whose field errors name faulty lines and columns. */
  problemType: string;
  /** The rule codes this module has words for; any other code is shown without a reason. */
  codes: readonly Code[];
  help: string;
  fileLabel: string;
  importLabel: string;
  faultText: (fault: CsvFault<Code>) => string;
  /** Sends the file; throws the API's error when it is refused (and then nothing was stored). */
  upload: (file: File) => Promise<void>;
  children?: ReactNode;
}

/**
 * Every CSV import: a file field, an import button, and, for a refused file, each fault by line and column (the
 * server stores nothing of a file with a fault, so the person fixes them all and sends it again).
 */
export function CsvUploadForm<Code extends string>(props: CsvUploadFormProps<Code>) {
  const t = useT();
  const [file, setFile] = useState<File | null>(null);
  const { busy, error, submit } = useSubmit({ resetBusyOnSuccess: true });
  const faults = error instanceof ApiError && error.type === props.problemType ? csvFaults(error, props.codes) : [];

  const onSubmit = submit(async () => {
    if (file !== null) await props.upload(file);
  });

  return (
    <form onSubmit={onSubmit}>
      <VStack gap="space-12">
        <BodyShort>{props.help}</BodyShort>
        <div>
          <label htmlFor={props.inputId} className="navds-label">
            {props.fileLabel}
          </label>
          <br />
          <input id={props.inputId} type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        <div>
          <Button type="submit" variant="secondary" size="small" loading={busy} disabled={file === null}>
            {props.importLabel}
          </Button>
        </div>
        {error !== null && (
          <Alert variant="error" role="alert">
            {errorText(error, t)}
            {faults.length > 0 && (
              <List size="small">
                {faults.map((f) => (
                  <List.Item key={`${f.line}-${f.column}`}>{props.faultText(f)}</List.Item>
                ))}
              </List>
            )}
          </Alert>
        )}
        {props.children}
      </VStack>
    </form>
  );
}

/** The faults as the server names them, in file order. */
function csvFaults<Code extends string>(error: ApiError, codes: readonly Code[]): CsvFault<Code>[] {
  return Object.keys(error.fieldErrors)
    .flatMap((field) => {
      const match = /^lines\[(\d+)\]\.(.+)$/.exec(field);
      if (match === null) return [];
      const code = error.fieldCodes[field];
      return [{ line: Number(match[1]), column: match[2], code: (codes as readonly string[]).includes(code) ? (code as Code) : null }];
    })
    .sort((a, b) => a.line - b.line);
}
