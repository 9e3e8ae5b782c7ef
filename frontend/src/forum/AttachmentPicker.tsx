import { useEffect, useId, useState, type Dispatch, type SetStateAction } from 'react';
import { Button, FileUpload, VStack, type FileObject } from '@navikt/ds-react';
import { TrashIcon } from '@navikt/aksel-icons';
import { forumApi } from '../api/forum';
import type { Attachment } from '../api/types';
import { useT } from '../i18n/i18n';
import { errorText, fieldError } from '../common/forms';
import { StatusMessage } from '../common/StatusMessage';

/** What the server takes (it checks the bytes too); checked here first so nobody waits for a refusal. */
const ACCEPT = 'image/png,image/jpeg,image/gif,image/webp,application/pdf';
const MAX_BYTES = 10 * 1024 * 1024;

interface Pending {
  key: number;
  file: File;
}

interface Props {
  value: Attachment[];
  onChange: Dispatch<SetStateAction<Attachment[]>>;
  onBusyChange: (busy: boolean) => void;
  /** The server's complaint about attachmentIds when the form was sent. */
  error?: string;
}

let nextKey = 0;

/** Uploads files as soon as they are chosen and lists them, each with a remove button. */
export function AttachmentPicker({ value, onChange, onBusyChange, error }: Props) {
  const t = useT();
  const buttonId = useId();
  const [pending, setPending] = useState<Pending[]>([]);
  const [problem, setProblem] = useState<string | undefined>();
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => onBusyChange(pending.length > 0), [pending.length, onBusyChange]);

  async function upload(item: Pending) {
    try {
      const attachment = await forumApi.uploadAttachment(item.file);
      onChange((current) => [...current, attachment]);
      setStatus(t('forum.attachments.uploaded', { name: attachment.filename }));
    } catch (e) {
      setProblem(`${item.file.name}: ${fieldError(e, 'file') ?? errorText(e, t)}`);
    } finally {
      setPending((current) => current.filter((p) => p.key !== item.key));
    }
  }

  function select(files: FileObject[]) {
    setProblem(undefined);
    const rejected = files.filter((f) => f.error);
    if (rejected.length > 0) {
      setProblem(rejected.map((f) => t('forum.attachments.rejected', { name: f.file.name })).join(' '));
    }
    const items = files.filter((f) => !f.error).map((f) => ({ key: nextKey++, file: f.file }));
    setPending((current) => [...current, ...items]);
    items.forEach((item) => void upload(item));
  }

  function remove(attachment: Attachment) {
    onChange((current) => current.filter((a) => a.id !== attachment.id));
    setStatus(t('forum.attachments.removed', { name: attachment.filename }));
    // The removed button is gone; put focus somewhere that makes sense to continue from.
    document.getElementById(buttonId)?.focus();
  }

  return (
    <VStack gap="space-12">
      <FileUpload.Dropzone
        id={buttonId}
        label={t('forum.attachments.label')}
        description={t('forum.attachments.hint')}
        accept={ACCEPT}
        maxSizeInBytes={MAX_BYTES}
        onSelect={select}
        error={problem ?? error}
      />
      {(value.length > 0 || pending.length > 0) && (
        <VStack as="ul" gap="space-8" className="samtale-plain-list" aria-label={t('forum.attachments.chosen')}>
          {value.map((a) => (
            <FileUpload.Item
              as="li"
              key={a.id}
              file={{ name: a.filename, size: a.size }}
              href={a.url}
              button={
                <Button
                  type="button"
                  size="small"
                  variant="tertiary-neutral"
                  icon={<TrashIcon aria-hidden />}
                  aria-label={t('forum.attachments.removeLabel', { name: a.filename })}
                  onClick={() => remove(a)}
                >
                  {t('forum.attachments.remove')}
                </Button>
              }
            />
          ))}
          {pending.map((p) => (
            <FileUpload.Item as="li" key={`pending-${p.key}`} file={p.file} status="uploading" />
          ))}
        </VStack>
      )}
      <StatusMessage text={status} />
    </VStack>
  );
}
