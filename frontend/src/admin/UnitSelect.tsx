import { Select } from '@navikt/ds-react';
import type { Unit } from '../api/types';

interface Props {
  label: string;
  noneLabel: string;
  units: Unit[];
  value: number | null;
  onChange: (id: number | null) => void;
  error?: string;
  /** A unit that may not be chosen (a unit cannot be its own parent). */
  exclude?: number;
}

export function UnitSelect({ label, noneLabel, units, value, onChange, error, exclude }: Props) {
  return (
    <Select
      label={label}
      value={value === null ? '' : String(value)}
      onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
      error={error}
    >
      <option value="">{noneLabel}</option>
      {units
        .filter((u) => u.id !== exclude)
        .map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
    </Select>
  );
}
