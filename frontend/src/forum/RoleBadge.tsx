import { Tag } from '@navikt/ds-react';
import type { StaffRole } from '../api/types';
import { useT } from '../i18n/i18n';

/** Moderator or Fagperson next to an author's name. */
export function RoleBadge({ role }: { role: StaffRole | null }) {
  const t = useT();
  if (role === null) return null;
  return (
    <Tag size="xsmall" variant="moderate" data-color={role === 'MODERATOR' ? 'brand-blue' : 'meta-purple'}>
      {t(`forum.role.${role}`)}
    </Tag>
  );
}
