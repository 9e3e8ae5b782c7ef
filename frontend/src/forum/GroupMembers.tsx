import { useCallback, useState } from 'react';
import { BodyShort, Button, Heading, Pagination, VStack } from '@navikt/ds-react';
import { forumApi } from '../api/forum';
import type { SpaceSummary } from '../api/types';
import { useT } from '../i18n/i18n';
import { useMe } from '../shell/session';
import { ConfirmModal } from '../common/ConfirmModal';
import { AddMemberForm } from './AddMemberForm';
import { ForumLoadProblem } from './ForumLoadProblem';
import { StatusMessage } from '../common/StatusMessage';
import { useLoad } from '../common/useLoad';

/**
 * A group's members, for its moderators and members. Only administrators can list users, so only they
 * get the control to add someone; a member can leave.
 */
export function GroupMembers({ space, onLeft }: { space: SpaceSummary; onLeft: () => void }) {
  const t = useT();
  const me = useMe();
  const [page, setPage] = useState(0);
  const { data, error, reload } = useLoad(useCallback(() => forumApi.members(space.id, page), [space.id, page]));
  const [leaving, setLeaving] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const canAdd = space.canModerate && me.roles.includes('ADMIN');

  return (
    <section aria-labelledby="members-heading">
      <VStack gap="space-16">
        <Heading level="2" size="medium" id="members-heading">
          {data ? t('forum.members.headingCount', { count: data.totalElements }) : t('forum.members.heading')}
        </Heading>
        <StatusMessage text={status} />
        {data === null ? (
          <ForumLoadProblem error={error} />
        ) : data.items.length === 0 ? (
          <BodyShort>{t('forum.members.empty')}</BodyShort>
        ) : (
          <VStack as="ul" gap="space-4" aria-labelledby="members-heading">
            {data.items.map((p) => (
              <li key={p.id}>{p.unitName ? `${p.name} (${p.unitName})` : p.name}</li>
            ))}
          </VStack>
        )}
        {data && data.totalPages > 1 && (
          <Pagination page={page + 1} count={data.totalPages} onPageChange={(p) => setPage(p - 1)} srHeading={{ tag: 'h3', text: t('forum.members.pages') }} />
        )}
        {canAdd && (
          <AddMemberForm
            spaceId={space.id}
            memberIds={data?.items.map((p) => p.id) ?? []}
            onAdded={(name) => (setStatus(t('forum.members.added', { name })), void reload())}
          />
        )}
        {space.canModerate && !canAdd && <BodyShort className="samtale-meta">{t('forum.members.addByAdmin')}</BodyShort>}
        {space.myRole === 'MEMBER' && (
          <div>
            <Button variant="secondary" onClick={() => setLeaving(true)}>
              {t('forum.members.leave')}
            </Button>
          </div>
        )}
      </VStack>
      {leaving && (
        <ConfirmModal
          heading={t('forum.members.leaveHeading', { name: space.name })}
          body={t(space.membership === 'CLOSED' ? 'forum.members.leaveClosed' : 'forum.members.leaveOpen')}
          confirm={t('forum.members.leave')}
          onConfirm={async () => {
            await forumApi.removeMember(space.id, me.id);
            setLeaving(false);
            onLeft();
          }}
          onClose={() => setLeaving(false)}
        />
      )}
    </section>
  );
}
