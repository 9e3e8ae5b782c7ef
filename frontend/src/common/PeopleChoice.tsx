import { BodyShort, Checkbox, CheckboxGroup } from '@navikt/ds-react';
import { useT } from '../i18n/i18n';

export interface Choosable {
  id: number;
  name: string;
  /** Username or unit, to tell people with the same name apart. */
  detail: string | null;
}

const SHOWN = 12;

interface Props {
  legend: string;
  people: Choosable[];
  filter: string;
  /** Chosen ids, as strings (the checkboxes' values). */
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}

/**
 * A checkbox list filtered by a search text. The chosen people are always shown, so filtering never
 * hides a choice; the rest are cut to a few so the list stays short enough to tab through.
 */
export function PeopleChoice({ legend, people, filter, value, onChange, error }: Props) {
  const t = useT();
  const needle = filter.trim().toLowerCase();
  const matches = (p: Choosable) => !needle || p.name.toLowerCase().includes(needle) || (p.detail ?? '').toLowerCase().includes(needle);
  const chosen = people.filter((p) => value.includes(String(p.id)));
  const others = people.filter((p) => !value.includes(String(p.id)) && matches(p));
  const shown = others.slice(0, SHOWN);
  return (
    <CheckboxGroup legend={legend} value={value} onChange={(v: string[]) => onChange(v)} error={error}>
      {[...chosen, ...shown].map((p) => (
        <Checkbox key={p.id} value={String(p.id)} description={p.detail ?? undefined}>
          {p.name}
        </Checkbox>
      ))}
      {others.length > shown.length && (
        <BodyShort size="small" className="samtale-meta">
          {t('common.moreMatches', { count: others.length - shown.length })}
        </BodyShort>
      )}
    </CheckboxGroup>
  );
}
