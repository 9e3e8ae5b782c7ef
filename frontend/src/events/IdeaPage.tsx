import { useCallback, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { BodyShort, Button, Checkbox, HStack, Link, Select, Textarea, VStack } from '@navikt/ds-react';
import { eventsApi } from '../api/events';
import { IDEA_STATUSES, type Idea, type IdeaStatus } from '../api/types';
import { formatDateTime, useLanguage, useT } from '../i18n/i18n';
import { errorText } from '../common/forms';
import { LoadProblem } from '../common/LoadProblem';
import { PageHeading } from '../common/PageHeading';
import { Section } from '../common/Section';
import { StatusMessage } from '../common/StatusMessage';
import { useLoad } from '../common/useLoad';
import { useRouteId } from '../common/useRouteId';
import { useMe } from '../shell/session';
import { EventsNav } from './EventsNav';
import { IdeaComments } from './IdeaComments';
import { IdeaEscalation } from './IdeaEscalation';
import { IdeaStatusTag } from './IdeaStatusTag';

/** One idea: its text, votes, owner, following, its history of statuses with public reasons, where it was merged, comments. */
export function IdeaPage() {
  const id = useRouteId('id');
  const { t, language } = useLanguage();
  const load = useCallback(() => eventsApi.idea(id), [id]);
  const { data, error, setData } = useLoad(load);
  const [status, setStatus] = useState<string | null>(null);
  if (data === null) return <LoadProblem error={error} />;
  const idea = data;
  const open = idea.status === 'NEW' || idea.status === 'ASSESSING' || idea.status === 'PLANNED';

  async function reload(text: string) {
    setData(await eventsApi.idea(idea.id));
    setStatus(text);
  }

  async function follow() {
    try {
      await eventsApi.followIdea(idea.id, !idea.followedByMe);
      await reload(idea.followedByMe ? t('events.idea.unfollowed') : t('events.idea.followed'));
    } catch (e) {
      setStatus(errorText(e, t));
    }
  }

  async function vote() {
    try {
      await eventsApi.voteIdea(idea.id);
      setData(await eventsApi.idea(idea.id));
      setStatus(t('events.board.voted'));
    } catch (e) {
      setStatus(errorText(e, t));
    }
  }

  return (
    <VStack gap="space-24">
      <PageHeading>{idea.title}</PageHeading>
      <EventsNav />
      <VStack gap="space-8">
        <HStack gap="space-8" align="center" wrap>
          <IdeaStatusTag status={idea.status} />
          <BodyShort size="small" textColor="subtle">
            {t('events.idea.by', { name: idea.author.name, date: formatDateTime(idea.createdAt, language) })}
          </BodyShort>
        </HStack>
        <BodyShort>{idea.body}</BodyShort>
        <BodyShort size="small">
          {t('events.board.votes', { count: idea.votes })}
          {idea.owner && ` · ${t('events.idea.owner', { name: idea.owner.name })}`}
        </BodyShort>
        {idea.mergedIntoId !== null && (
          <BodyShort>
            <Link as={RouterLink} to={`/ideer/${idea.mergedIntoId}`}>
              {t('events.idea.mergedInto')}
            </Link>
          </BodyShort>
        )}
        <HStack gap="space-8" wrap>
          {open && (
            <Button size="small" variant="secondary" disabled={idea.votedByMe} onClick={() => void vote()}>
              {idea.votedByMe ? t('events.board.votedButton') : t('events.board.vote')}
            </Button>
          )}
          <Button size="small" variant="tertiary" aria-pressed={idea.followedByMe} onClick={() => void follow()}>
            {idea.followedByMe ? t('events.idea.following') : t('events.idea.follow')}
          </Button>
        </HStack>
        <StatusMessage text={status} />
      </VStack>
      {idea.mergedFrom.length > 0 && (
        <Section heading={t('events.idea.mergedFrom')}>
          <ul className="samtale-plain-list">
            {idea.mergedFrom.map((from) => (
              <li key={from.id}>
                <Link as={RouterLink} to={`/ideer/${from.id}`}>
                  {from.title}
                </Link>
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Section heading={t('events.idea.history')}>
        {idea.history.length === 0 ? (
          <BodyShort>{t('events.idea.noHistory')}</BodyShort>
        ) : (
          <ol className="samtale-plain-list samtale-events-list">
            {idea.history.map((change, index) => (
              <li key={index}>
                <HStack gap="space-8" align="center" wrap>
                  <IdeaStatusTag status={change.status} />
                  <BodyShort size="small" textColor="subtle">
                    {formatDateTime(change.changedAt, language)} · {change.changedBy.name}
                    {change.owner && ` · ${t('events.idea.owner', { name: change.owner.name })}`}
                  </BodyShort>
                </HStack>
                <BodyShort>{change.reason}</BodyShort>
              </li>
            ))}
          </ol>
        )}
      </Section>
      <IdeaEscalation idea={idea} onLifted={() => reload(t('events.idea.escalation.lifted'))} />
      <IdeaComments idea={idea} onChanged={reload} />
      {idea.canManage && open && <ManageIdea idea={idea} onChanged={(next, text) => (setData(next), setStatus(text))} />}
    </VStack>
  );
}

function ManageIdea({ idea, onChanged }: { idea: Idea; onChanged: (idea: Idea, status: string) => void }) {
  const t = useT();
  const me = useMe();
  const [status, setStatusValue] = useState<IdeaStatus>(idea.status);
  const [reason, setReason] = useState('');
  const [ownMe, setOwnMe] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [into, setInto] = useState('');
  const others = useLoad(eventsApi.ideas).data?.items.filter((i) => i.id !== idea.id && ['NEW', 'ASSESSING', 'PLANNED'].includes(i.status)) ?? [];

  async function change(event: React.FormEvent) {
    event.preventDefault();
    if (reason.trim() === '') {
      setProblem(t('events.idea.reasonRequired'));
      return;
    }
    try {
      onChanged(await eventsApi.ideaStatus(idea.id, status, reason.trim(), ownMe ? me.id : null), t('events.idea.changed'));
      setReason('');
      setProblem(null);
    } catch (e) {
      setProblem(errorText(e, t));
    }
  }

  async function merge() {
    try {
      onChanged(await eventsApi.mergeIdea(idea.id, Number(into), reason.trim()), t('events.idea.merged'));
    } catch (e) {
      setProblem(errorText(e, t));
    }
  }

  return (
    <Section heading={t('events.idea.manage')}>
      <form onSubmit={(e) => void change(e)} noValidate>
        <VStack gap="space-12">
          <Select label={t('events.idea.newStatus')} value={status} onChange={(e) => setStatusValue(e.target.value as IdeaStatus)}>
            {IDEA_STATUSES.filter((s) => s !== 'MERGED').map((s) => (
              <option key={s} value={s}>
                {t(`events.idea.status.${s}`)}
              </option>
            ))}
          </Select>
          <Checkbox checked={ownMe} onChange={(e) => setOwnMe(e.target.checked)}>
            {t('events.idea.ownMe')}
          </Checkbox>
          <Textarea
            label={t('events.idea.reason')}
            description={t('events.idea.reasonHelp')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={problem ?? undefined}
          />
          <div>
            <Button type="submit">{t('events.idea.save')}</Button>
          </div>
          {others.length > 0 && (
            <HStack gap="space-8" align="end" wrap>
              <Select label={t('events.idea.mergeInto')} value={into} onChange={(e) => setInto(e.target.value)}>
                <option value="">{t('events.idea.choose')}</option>
                {others.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.title}
                  </option>
                ))}
              </Select>
              <Button type="button" variant="secondary" disabled={into === ''} onClick={() => void merge()}>
                {t('events.idea.merge')}
              </Button>
            </HStack>
          )}
        </VStack>
      </form>
    </Section>
  );
}
