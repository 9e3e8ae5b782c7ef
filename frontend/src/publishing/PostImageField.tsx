import { useId, useState } from 'react';
import { BodyShort, Button, Textarea, VStack } from '@navikt/ds-react';
import { publishingApi, type PostImage } from '../api/publishing';
import { PROBLEM_PERSONAL_DATA } from '../api/problems';
import { ApiError } from '../api/http';
import { useT } from '../i18n/i18n';
import { errorText, fieldError } from '../common/forms';
import { StatusMessage } from '../common/StatusMessage';

/** What the server reads (it checks the bytes itself); checked here first so nobody waits for a refusal. */
const ACCEPT = 'image/png,image/jpeg,image/gif';
const MAX_BYTES = 10 * 1024 * 1024;

interface Props {
  accountId: number | null;
  value: PostImage | null;
  onChange: (image: PostImage | null) => void;
}

/**
 * The post's image: alt text first (required; the server refuses an image without it), then the file, uploaded at
 * once and shown as the platform will show it, with its alt text.
 */
export function PostImageField({ accountId, value, onChange }: Props) {
  const t = useT();
  const fileId = useId();
  const [altText, setAltText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);

  async function upload() {
    setError(null);
    if (!altText.trim()) {
      setError(new ApiError(400, { errors: [{ field: 'altText', detail: t('publishing.image.altRequired') }] }));
      return;
    }
    if (!file || !ACCEPT.split(',').includes(file.type) || file.size > MAX_BYTES) {
      setError(new ApiError(400, { errors: [{ field: 'image', detail: t('publishing.image.wrongFile') }] }));
      return;
    }
    setBusy(true);
    try {
      const image = await publishingApi.uploadImage(accountId!, altText.trim(), file);
      onChange(image);
      setStatus(t('publishing.image.uploaded'));
    } catch (e) {
      if (e instanceof ApiError && e.type === PROBLEM_PERSONAL_DATA) {
        setError(new ApiError(e.status, { errors: [{ field: 'altText', detail: t('publishing.image.personalData') }] }));
      } else {
        setError(e);
      }
    } finally {
      setBusy(false);
    }
  }

  function remove() {
    onChange(null);
    setStatus(t('publishing.image.removed'));
  }

  const fileProblem = fieldError(error, 'image', t('publishing.image.file'));
  const otherProblem = error && !fieldError(error, 'altText') && !fileProblem ? errorText(error, t) : null;

  if (!accountId) return null;
  return (
    <fieldset className="publishing-image">
      <legend>{t('publishing.image.legend')}</legend>
      <StatusMessage text={status} />
      {value ? (
        <VStack gap="space-8">
          <img src={value.url} alt={value.altText} className="publishing-image__preview" />
          <BodyShort size="small">{t('publishing.image.altShown', { alt: value.altText })}</BodyShort>
          <div>
            <Button type="button" variant="secondary" size="small" onClick={remove}>
              {t('publishing.image.remove')}
            </Button>
          </div>
        </VStack>
      ) : (
        <VStack gap="space-8">
          <Textarea
            label={t('publishing.image.altText')}
            description={t('publishing.image.altHint')}
            value={altText}
            maxLength={1000}
            onChange={(e) => setAltText(e.target.value)}
            error={fieldError(error, 'altText', t('publishing.image.altText'))}
          />
          <div className="navds-form-field">
            <label htmlFor={fileId} className="navds-label">
              {t('publishing.image.file')}
            </label>
            <BodyShort size="small" id={`${fileId}-hint`}>
              {t('publishing.image.fileHint')}
            </BodyShort>
            <input
              id={fileId}
              type="file"
              accept={ACCEPT}
              aria-describedby={`${fileId}-hint${fileProblem ? ` ${fileId}-error` : ''}`}
              aria-invalid={fileProblem ? true : undefined}
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
            {fileProblem && (
              <BodyShort size="small" id={`${fileId}-error`} className="navds-error-message">
                {fileProblem}
              </BodyShort>
            )}
          </div>
          {otherProblem && <BodyShort role="alert">{otherProblem}</BodyShort>}
          <div>
            <Button type="button" variant="secondary" size="small" loading={busy} onClick={() => void upload()}>
              {t('publishing.image.upload')}
            </Button>
          </div>
        </VStack>
      )}
    </fieldset>
  );
}
