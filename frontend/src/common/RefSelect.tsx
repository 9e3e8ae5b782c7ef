import { Select, type SelectProps } from '@navikt/ds-react';

interface Props {
  label: string;
  description?: string;
  /** The first option, meaning «none» or «all»; without it one of `options` is always chosen. */
  noneLabel?: string;
  options: readonly { id: number; name: string }[];
  value: number | null;
  onChange: (id: number | null) => void;
  error?: string;
  size?: SelectProps['size'];
}

/** A select of things with an id and a name (units, teams, accounts); the value is the id. */
export function RefSelect({ label, description, noneLabel, options, value, onChange, error, size }: Props) {
  return (
    <Select
      label={label}
      description={description}
      size={size}
      value={value === null ? '' : String(value)}
      onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
      error={error}
    >
      {noneLabel !== undefined && <option value="">{noneLabel}</option>}
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </Select>
  );
}
