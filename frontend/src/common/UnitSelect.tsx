import type { Unit } from '../api/types';
import { RefSelect } from './RefSelect';

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

export function UnitSelect({ units, exclude, ...rest }: Props) {
  return <RefSelect options={units.filter((u) => u.id !== exclude)} {...rest} />;
}
