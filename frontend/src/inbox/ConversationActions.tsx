import { useState } from 'react';
import { BodyShort, Button, HStack } from '@navikt/ds-react';
import { inboxApi } from '../api/inbox';
import type { Conversation, Person } from '../api/types';
import { useT } from '../i18n/i18n';
import { useMe } from '../shell/session';
import { RefSelect } from '../common/RefSelect';
import { Section } from '../common/Section';

/** Runs a change that answers with the whole conversation, and says what happened. */
export type Act = (action: () => Promise<Conversation>, done: string) => Promise<void>;

interface Props {
  conversation: Conversation;
  /** The advisors of the conversation's team, who may be assigned. */
  members: Person[];
  act: Act;
}

/** Who handles the conversation (me, a colleague, nobody). */
export function AssignSection({ conversation, members, act }: Props) {
  const t = useT();
  const me = useMe();
  const [chosen, setChosen] = useState<number | null>(null);
  const { assignee, permissions, id } = conversation;
  const assign = (userId: number | null, name: string | null) =>
    act(() => inboxApi.assign(id, userId), name === null ? t('inbox.assign.removed') : t('inbox.assign.done', { name }));

  return (
    <Section heading={t('inbox.assign.heading')} size="xsmall" gap="space-8">
      <BodyShort>{assignee ? assignee.name : t('inbox.unassigned')}</BodyShort>
      {permissions.canAssign && (
        <>
          <HStack gap="space-8" wrap>
            {assignee?.id !== me.id && (
              <Button size="small" variant="secondary" onClick={() => void assign(me.id, me.name)}>
                {t('inbox.assign.me')}
              </Button>
            )}
            {assignee && (
              <Button size="small" variant="tertiary" onClick={() => void assign(null, null)}>
                {t('inbox.assign.remove')}
              </Button>
            )}
          </HStack>
          {members.length > 0 && (
            <HStack gap="space-8" align="end" wrap>
              <RefSelect label={t('inbox.assign.to')} size="small" noneLabel={t('inbox.assign.choose')} options={members} value={chosen} onChange={setChosen} />
              <Button
                size="small"
                variant="secondary"
                disabled={chosen === null}
                onClick={() => chosen !== null && void assign(chosen, members.find((p) => p.id === chosen)?.name ?? '')}
              >
                {t('inbox.assign.submit')}
              </Button>
            </HStack>
          )}
        </>
      )}
    </Section>
  );
}

/** Take in progress, close or reopen, as far as the conversation allows. */
export function StatusSection({ conversation, act }: { conversation: Conversation; act: Act }) {
  const t = useT();
  const { status, permissions, id } = conversation;
  const to = (next: 'IN_PROGRESS' | 'CLOSED', done: string) => void act(() => inboxApi.setStatus(id, next), done);
  const canStart = status === 'NEW';
  const canClose = permissions.canClose && status !== 'CLOSED';
  const canReopen = permissions.canReopen && status === 'CLOSED';
  if (!canStart && !canClose && !canReopen) return null;
  return (
    <Section heading={t('inbox.statusActions.heading')} size="xsmall" gap="space-8">
      <HStack gap="space-8" wrap>
        {canStart && (
          <Button size="small" variant="secondary" onClick={() => to('IN_PROGRESS', t('inbox.statusActions.started'))}>
            {t('inbox.statusActions.start')}
          </Button>
        )}
        {canClose && (
          <Button size="small" variant="secondary" onClick={() => to('CLOSED', t('inbox.statusActions.closed'))}>
            {t('inbox.statusActions.close')}
          </Button>
        )}
        {canReopen && (
          <Button size="small" variant="secondary" onClick={() => to('IN_PROGRESS', t('inbox.statusActions.reopened'))}>
            {t('inbox.statusActions.reopen')}
          </Button>
        )}
      </HStack>
    </Section>
  );
}
