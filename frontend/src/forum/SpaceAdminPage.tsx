import { useCallback, useState } from 'react';
import { BodyLong, BodyShort, Heading, VStack } from '@navikt/ds-react';
import { AdminPage } from '../shell/AdminPage';
import { forumApi } from '../api/forum';
import type { SpaceSummary } from '../api/types';
import { useT } from '../i18n/i18n';
import { errorText } from '../common/forms';
import { CreateSpaceForm } from './CreateSpaceForm';
import { ForumLoadProblem } from './ForumLoadProblem';
import { SpacesTable } from './SpacesTable';
import { StaffModal } from './StaffModal';
import { StatusMessage } from '../common/StatusMessage';
import { useLoad } from '../common/useLoad';
import './forum.css';

/** For administrators: every topic and group, who staffs them, and new ones. */
export function SpaceAdminPage() {
  const t = useT();
  const { data, setData, error } = useLoad(useCallback(() => forumApi.spaces(), []));
  const [editing, setEditing] = useState<SpaceSummary | null>(null);
  const [openErrors, setOpenErrors] = useState<Record<number, string>>({});
  const [status, setStatus] = useState<string | null>(null);

  function replace(space: SpaceSummary) {
    setData((current) => current && { ...current, items: current.items.map((s) => (s.id === space.id ? space : s)) });
  }

  async function open(space: SpaceSummary) {
    setOpenErrors(({ [space.id]: _, ...rest }) => rest);
    try {
      replace(await forumApi.openSpace(space.id));
      setStatus(t('forum.admin.opened', { name: space.name }));
    } catch (e) {
      setOpenErrors((current) => ({ ...current, [space.id]: errorText(e, t) }));
    }
  }

  return (
    <AdminPage heading={t('forum.admin.title')}>
      <VStack gap="space-32">
        <StatusMessage text={status} />
        <section aria-labelledby="spaces-heading">
          <VStack gap="space-16">
            <Heading level="2" size="medium" id="spaces-heading">
              {t('forum.admin.spaces')}
            </Heading>
            <BodyLong>{t('forum.admin.openRule')}</BodyLong>
            {data === null ? (
              <ForumLoadProblem error={error} />
            ) : data.items.length === 0 ? (
              <BodyShort>{t('forum.noSpaces')}</BodyShort>
            ) : (
              <SpacesTable spaces={data.items} openErrors={openErrors} onEditStaff={setEditing} onOpen={(s) => void open(s)} />
            )}
          </VStack>
        </section>
        <section aria-labelledby="create-space-heading">
          <Heading level="2" size="medium" id="create-space-heading" spacing>
            {t('forum.admin.create')}
          </Heading>
          <CreateSpaceForm
            onCreated={(space) => {
              setData((current) => current && { ...current, items: [...current.items, space], totalElements: current.totalElements + 1 });
              setStatus(t(space.kind === 'TOPIC' ? 'forum.admin.createdTopic' : 'forum.admin.createdGroup', { name: space.name }));
            }}
          />
        </section>
      </VStack>
      {editing && (
        <StaffModal
          space={editing}
          onSaved={(space) => (replace(space), setEditing(null), setStatus(t('forum.admin.staffSaved', { name: space.name })))}
          onClose={() => setEditing(null)}
        />
      )}
    </AdminPage>
  );
}
