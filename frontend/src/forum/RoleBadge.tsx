import { Tag } from '@navikt/ds-react';
import type { SpaceRole } from '../api/types';
import { useT } from '../i18n/i18n';

/** Moderator or Fagperson next to an author's name. */
export function RoleBadge({ role }: { role: SpaceRole | null }) {
  const t = useT();
  // A plain member has no badge; the server names a message's author's role only for staff.
  if (role === null || role === 'MEMBER') return null;
  return (
    <Tag size="xsmall" variant="moderate" data-color={role === 'MODERATOR' ? 'brand-blue' : 'meta-purple'}>
      {t(`forum.role.${role}`)}
    </Tag>
  );
}
