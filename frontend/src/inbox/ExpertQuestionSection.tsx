import { useEffect, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { BodyLong, BodyShort, Button, HStack, Link, Select, Textarea, TextField, VStack } from '@navikt/ds-react';
import { forumApi } from '../api/forum';
import { inboxApi } from '../api/inbox';
import type { Conversation, ExpertQuestionPreview, SpaceSummary } from '../api/types';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { fieldError, formLevelError } from '../common/forms';
import { Section } from '../common/Section';
import { useSubmit } from '../common/useSubmit';
import { inWords } from './replyProblems';

interface Props {
  conversation: Conversation;
  /** The citizen's latest question, to start the expert question from. */
  question: string;
  onAsked: (text: string) => void;
  /** Puts the experts' verified answer into the reply being written; absent where no reply can be written. */
  onUseAnswer?: (title: string, text: string) => void;
}

/**
 * "Spør fagpersonene": the citizen's question to a forum topic, previewed as the experts will see it (personal data
 * taken out by the server), then where it stands and, once a moderator verified an answer, that answer as a draft.
 */
export function ExpertQuestionSection({ conversation, question, onAsked, onUseAnswer }: Props) {
  const { t, language } = useLanguage();
  const asked = conversation.expertQuestion;
  const [open, setOpen] = useState(false);
  const [spaces, setSpaces] = useState<SpaceSummary[]>([]);
  const [spaceId, setSpaceId] = useState('');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [preview, setPreview] = useState<ExpertQuestionPreview | null>(null);
  const [required, setRequired] = useState<string | undefined>();
  const { busy, error, submit } = useSubmit({ resetBusyOnSuccess: true });

  useEffect(() => {
    if (!open) return;
    let current = true;
    forumApi.spaces().then(
      (page) => {
        if (!current) return;
        const topics = page.items.filter((s) => s.kind === 'TOPIC');
        setSpaces(topics);
        setSpaceId((chosen) => chosen || (topics[0] ? String(topics[0].id) : ''));
      },
      () => current && setSpaces([]),
    );
    return () => {
      current = false;
    };
  }, [open]);

  const start = () => {
    setTitle((conversation.subject ?? '').slice(0, 120));
    setBody(question);
    setPreview(null);
    setOpen(true);
  };

  const complete = () => {
    const ok = Boolean(spaceId && title.trim() && body.trim());
    setRequired(ok ? undefined : t('inbox.experts.required'));
    return ok;
  };

  const showPreview = submit(async () => {
    try {
      setPreview(await inboxApi.previewExpertQuestion(conversation.id, { title: title.trim(), body: body.trim() }));
    } catch (e) {
      throw inWords(e, t);
    }
  }, complete);

  const send = submit(async () => {
    try {
      await inboxApi.askExperts(conversation.id, { spaceId: Number(spaceId), title: title.trim(), body: body.trim() });
    } catch (e) {
      throw inWords(e, t);
    }
    setOpen(false);
    setPreview(null);
    onAsked(t('inbox.experts.sent'));
  }, complete);

  const edited = (change: () => void) => {
    change();
    setPreview(null);
  };

  return (
    <Section heading={t('inbox.experts.heading')} size="xsmall" gap="space-8">
      {asked && (
        <VStack gap="space-4">
          <BodyShort size="small">{t('inbox.experts.asked', { when: formatDateTime(asked.askedAt, language), title: asked.title })}</BodyShort>
          <BodyShort size="small" weight="semibold">
            {t(`inbox.experts.status.${asked.status as 'OPEN' | 'ANSWERED' | 'VERIFIED' | 'GONE'}`)}
          </BodyShort>
          {asked.status !== 'GONE' && (
            <Link as={RouterLink} to={`/forum/diskusjon/${asked.discussionId}`}>
              {t('inbox.experts.link')}
            </Link>
          )}
          {asked.verifiedAnswer && (
            <VStack gap="space-4" className="samtale-expert-answer">
              <BodyShort size="small" className="samtale-meta">
                {t('inbox.experts.answer')}
              </BodyShort>
              <BodyLong size="small" className="samtale-text">
                {asked.verifiedAnswer}
              </BodyLong>
              {onUseAnswer && (
                <div>
                  <Button type="button" size="xsmall" variant="secondary" onClick={() => onUseAnswer(asked.title, asked.verifiedAnswer ?? '')}>
                    {t('inbox.experts.useAnswer')}
                  </Button>
                </div>
              )}
            </VStack>
          )}
        </VStack>
      )}
      {conversation.permissions.canAssign && !open && (
        <div>
          <Button type="button" size="small" variant="secondary" onClick={start}>
            {t('inbox.experts.open')}
          </Button>
        </div>
      )}
      {open && (
        <form onSubmit={preview ? send : showPreview} noValidate>
          <VStack gap="space-8">
            <BodyShort size="small" className="samtale-meta">
              {t('inbox.experts.intro')}
            </BodyShort>
            <Select label={t('inbox.experts.space')} size="small" value={spaceId} onChange={(e) => edited(() => setSpaceId(e.target.value))} error={fieldError(error, 'spaceId')}>
              {spaces.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </Select>
            <TextField label={t('inbox.experts.title')} size="small" value={title} maxLength={200} onChange={(e) => edited(() => setTitle(e.target.value))} error={fieldError(error, 'title')} />
            <Textarea
              label={t('inbox.experts.body')}
              size="small"
              minRows={3}
              value={body}
              onChange={(e) => edited(() => setBody(e.target.value))}
              error={required ?? fieldError(error, 'body') ?? formLevelError(error, t) ?? undefined}
            />
            {preview && (
              <VStack gap="space-4" className="samtale-expert-preview" aria-live="polite">
                <BodyShort size="small" weight="semibold">
                  {t('inbox.experts.previewHeading')}
                </BodyShort>
                <BodyShort size="small" weight="semibold" className="samtale-text">
                  {preview.title}
                </BodyShort>
                <BodyLong size="small" className="samtale-text">
                  {preview.body}
                </BodyLong>
                <BodyShort size="small" className="samtale-meta">
                  {preview.removed.length > 0
                    ? t('inbox.experts.removed', {
                        kinds: preview.removed
                          .map((k) => t(`inbox.experts.removed.${k as 'identity-number' | 'bank-account' | 'phone' | 'email' | 'name'}`))
                          .join(', '),
                      })
                    : t('inbox.experts.nothingRemoved')}
                </BodyShort>
              </VStack>
            )}
            <HStack gap="space-8">
              <Button type="submit" size="small" loading={busy}>
                {preview ? t('inbox.experts.send') : t('inbox.experts.preview')}
              </Button>
              <Button type="button" size="small" variant="tertiary" onClick={() => (setOpen(false), setPreview(null))}>
                {t('inbox.experts.cancel')}
              </Button>
            </HStack>
          </VStack>
        </form>
      )}
    </Section>
  );
}
