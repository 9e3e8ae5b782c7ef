import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Alert, Button, Checkbox, ErrorSummary, TextField, Textarea, VStack } from '@navikt/ds-react';
import { forumApi } from '../api/forum';
import type { Attachment, SpaceSummary } from '../api/types';
import { useT } from '../i18n/i18n';
import { fieldError, formLevelError } from '../common/forms';
import { SimilarQuestions } from '../search/SimilarQuestions';
import { AttachmentPicker } from './AttachmentPicker';
import { PersonalDataWarning } from '../common/PersonalDataWarning';

type Field = 'title' | 'body';
const FIELDS: Field[] = ['title', 'body'];

export function AskForm({ space }: { space: SpaceSummary }) {
  const t = useT();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [question, setQuestion] = useState(true);
  const [attachments, setAttachments] = useState<Attachment[]>([]);
  const [uploading, setUploading] = useState(false);
  const [local, setLocal] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  // The summary reads a field's error apart from the field, so the server's complaints name it.
  const labels: Record<Field, string> = { title: t('forum.ask.title'), body: t('forum.ask.body') };
  const errorFor = (field: Field) => local[field] ?? fieldError(error, field, labels[field]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = {
      title: title.trim() ? undefined : t('forum.ask.titleRequired'),
      body: body.trim() ? undefined : t('forum.ask.bodyRequired'),
    };
    setLocal(problems);
    setError(null);
    if (problems.title || problems.body) {
      setTimeout(() => summary.current?.focus());
      return;
    }
    if (uploading) return;
    setBusy(true);
    try {
      const attachmentIds = attachments.map((a) => a.id);
      const created = await forumApi.createDiscussion(space.id, { title: title.trim(), body, question, ...(attachmentIds.length ? { attachmentIds } : {}) });
      navigate(`/forum/diskusjon/${created.id}`);
    } catch (e) {
      setError(e);
      setBusy(false);
      setTimeout(() => summary.current?.focus());
    }
  }

  const summaryItems = FIELDS.map((f) => [f, errorFor(f)] as const).filter(([, text]) => text);
  const general = formLevelError(error, t);
  return (
    <form onSubmit={submit} noValidate>
      <VStack gap="space-24" maxWidth="40rem">
        {general && (
          <Alert variant="error" role="alert">
            {general}
          </Alert>
        )}
        {summaryItems.length > 0 && (
          <ErrorSummary ref={summary} heading={t('common.errorSummary')}>
            {summaryItems.map(([field, text]) => (
              <ErrorSummary.Item key={field} href={`#ask-${field}`}>
                {text}
              </ErrorSummary.Item>
            ))}
          </ErrorSummary>
        )}
        <TextField id="ask-title" label={t('forum.ask.title')} value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} error={errorFor('title')} />
        <Textarea
          id="ask-body"
          label={t('forum.ask.body')}
          description={t('forum.markdownHelp')}
          minRows={8}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          error={errorFor('body')}
        />
        <PersonalDataWarning text={`${title}\n${body}`} note={t('privacy.warning.forum')} />
        <SimilarQuestions text={`${title}\n${body}`} source="FORUM" />
        <AttachmentPicker value={attachments} onChange={setAttachments} onBusyChange={setUploading} error={fieldError(error, 'attachmentIds')} />
        <Checkbox checked={question} onChange={(e) => setQuestion(e.target.checked)} description={t('forum.ask.questionHint')}>
          {t('forum.ask.question')}
        </Checkbox>
        <div>
          <Button type="submit" loading={busy || uploading}>
            {t('forum.ask.submit')}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
