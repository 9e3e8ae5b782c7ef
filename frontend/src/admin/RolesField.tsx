import { Checkbox, CheckboxGroup } from '@navikt/ds-react';
import type { Role } from '../api/types';
import { useT } from '../i18n/i18n';

interface Props {
  roles: readonly Role[];
  value: Role[];
  onChange: (roles: Role[]) => void;
  error?: string;
}

export function RolesField({ roles, value, onChange, error }: Props) {
  const t = useT();
  return (
    <CheckboxGroup legend={t('users.roles')} value={value} onChange={(v: Role[]) => onChange(v)} error={error}>
      {roles.map((role) => (
        <Checkbox key={role} value={role}>
          {t(`role.${role}`)}
        </Checkbox>
      ))}
    </CheckboxGroup>
  );
}
