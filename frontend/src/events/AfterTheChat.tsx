import { useCallback, useEffect, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { BodyShort, Button, HStack, Link, Select, VStack } from '@navikt/ds-react';
import { eventsApi } from '../api/events';
import { forumApi } from '../api/forum';
import type { LiveEvent, QueueQuestion } from '../api/types';
import { useT } from '../i18n/i18n';
import { errorText } from '../common/forms';
import { Section } from '../common/Section';
import { StatusMessage } from '../common/StatusMessage';
import { useLoad } from '../common/useLoad';
import { AnswerForm } from './NextThree';

/**
 * After a nettprat: the link to its archive in the forum, the moderators' archive button (unanswered questions get
 * owners), and the caller's own questions to answer in writing.
 */
export function AfterTheChat({ event, version, onChanged }: { event: LiveEvent; version: number; onChanged: () => void }) {
  const t = useT();
  return (
    <>
      {event.archivedDiscussionId !== null && (
        <BodyShort>
          <Link as={RouterLink} to={`/forum/diskusjon/${event.archivedDiscussionId}`}>
            {t('events.archive.read')}
          </Link>
        </BodyShort>
      )}
      {event.canModerate && event.state === 'ENDED' && <ArchiveBox eventId={event.id} />}
      <OwnedHere eventId={event.id} version={version} onAnswered={onChanged} />
    </>
  );
}

function ArchiveBox({ eventId }: { eventId: number }) {
  const t = useT();
  const spaces = useLoad(forumApi.spaces).data?.items ?? [];
  const [space, setSpace] = useState('');
  const [status, setStatus] = useState<string | null>(null);

  async function archive() {
    try {
      await eventsApi.archive(eventId, Number(space));
      setStatus(t('events.archive.done'));
      window.location.reload();
    } catch (e) {
      setStatus(errorText(e, t));
    }
  }

  return (
    <Section heading={t('events.archive.heading')}>
      <BodyShort size="small">{t('events.archive.intro')}</BodyShort>
      <HStack gap="space-8" align="end" wrap>
        <Select label={t('events.archive.space')} value={space} onChange={(e) => setSpace(e.target.value)}>
          <option value="">{t('events.idea.choose')}</option>
          {spaces.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </Select>
        <Button disabled={space === ''} onClick={() => void archive()}>
          {t('events.archive.submit')}
        </Button>
      </HStack>
      <StatusMessage text={status} />
    </Section>
  );
}

function OwnedHere({ eventId, version, onAnswered }: { eventId: number; version: number; onAnswered: () => void }) {
  const t = useT();
  const load = useCallback(() => eventsApi.owned(), []);
  const { data, reload } = useLoad(load);
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    if (version > 0) void reload();
  }, [version, reload]);
  const here = (data ?? []).filter((q) => q.eventId === eventId);
  if (here.length === 0) return <StatusMessage text={status} />;
  return (
    <Section heading={t('events.owned.heading')}>
      <StatusMessage text={status} />
      <VStack gap="space-12">
        {here.map((q) => {
          const asQueued: QueueQuestion = { id: q.id, text: q.text, asker: null, anonymous: true, status: 'APPROVED', votes: 0, position: null, askedAt: '' };
          return (
            <AnswerForm
              key={q.id}
              eventId={eventId}
              question={asQueued}
              onDone={(text) => {
                setStatus(text);
                onAnswered();
                void reload();
              }}
            />
          );
        })}
      </VStack>
    </Section>
  );
}
