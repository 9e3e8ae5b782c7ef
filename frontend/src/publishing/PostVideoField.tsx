import { useId, useState } from 'react';
import { BodyShort, Button, VStack } from '@navikt/ds-react';
import { ApiError } from '../api/http';
import { publishingApi, type PostVideo } from '../api/publishing';
import { useT, type Translate } from '../i18n/i18n';
import { errorText } from '../common/forms';
import { StatusMessage } from '../common/StatusMessage';
import { PostVideoSummary } from './PostVideoSummary';

/** What the server takes (it reads the bytes itself); the type is checked here first so nobody waits for a refusal. */
const ACCEPT = 'video/mp4,video/quicktime,video/webm';

interface Props {
  accountId: number | null;
  value: PostVideo | null;
  onChange: (video: PostVideo | null) => void;
}

/** The server's refusal in the reader's words: a file it does not take, one over its limit, or a broken upload. */
function uploadProblem(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.status === 413) return t('publishing.video.tooLarge');
    if (error.status === 0) return t('publishing.video.broken');
    if ('video' in error.fieldErrors) return t('publishing.video.wrongFile');
  }
  return errorText(error, t);
}

/**
 * A YouTube post's video: the file is sent at once, with its progress shown and announced, and YouTube takes it
 * from the server when the post is approved. Its title on YouTube is the post's first line.
 */
export function PostVideoField({ accountId, value, onChange }: Props) {
  const t = useT();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  async function upload() {
    setProblem(null);
    if (!file || !ACCEPT.split(',').includes(file.type)) {
      setProblem(t('publishing.video.wrongFile'));
      return;
    }
    setProgress(0);
    setStatus(t('publishing.video.uploading'));
    try {
      const video = await publishingApi.uploadVideo(accountId!, file, setProgress);
      onChange(video);
      setStatus(t('publishing.video.uploaded'));
    } catch (e) {
      setProblem(uploadProblem(e, t));
      setStatus(null);
    } finally {
      setProgress(null);
    }
  }

  function remove() {
    onChange(null);
    setFile(null);
    setStatus(t('publishing.video.removed'));
  }

  if (!accountId) return null;
  const busy = progress !== null;
  return (
    <fieldset className="publishing-video">
      <legend>{t('publishing.video.legend')}</legend>
      <StatusMessage text={status} />
      {value ? (
        <VStack gap="space-8">
          <PostVideoSummary video={value} />
          <div>
            <Button type="button" variant="secondary" size="small" onClick={remove}>
              {t('publishing.video.remove')}
            </Button>
          </div>
        </VStack>
      ) : (
        <VStack gap="space-8">
          <div className="navds-form-field">
            <label htmlFor={fileId} className="navds-label">
              {t('publishing.video.file')}
            </label>
            <BodyShort size="small" id={`${fileId}-hint`}>
              {t('publishing.video.fileHint')}
            </BodyShort>
            <input
              id={fileId}
              type="file"
              accept={ACCEPT}
              disabled={busy}
              aria-describedby={`${fileId}-hint${problem ? ` ${fileId}-error` : ''}`}
              aria-invalid={problem ? true : undefined}
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
            {problem && (
              <BodyShort size="small" id={`${fileId}-error`} className="navds-error-message">
                {problem}
              </BodyShort>
            )}
          </div>
          {progress !== null && (
            <div>
              <label htmlFor={`${fileId}-progress`} className="navds-label">
                {t('publishing.video.progress', { percent: Math.round(progress * 100) })}
              </label>
              <progress id={`${fileId}-progress`} className="publishing-video__progress" max={1} value={progress} />
            </div>
          )}
          <div>
            <Button type="button" variant="secondary" size="small" loading={busy} onClick={() => void upload()}>
              {t('publishing.video.upload')}
            </Button>
          </div>
        </VStack>
      )}
    </fieldset>
  );
}
