import { useState, type FormEvent } from 'react';
import { Button, HStack, Select } from '@navikt/ds-react';
import { formatMonth } from '../common/format';
import { useLanguage } from '../i18n/i18n';

/** A period of whole months, as the channel mix's API takes it: the first day of `from`, the last day of `to`. */
export interface MonthRange {
  from: string;
  to: string;
}

/** The months an editor can choose: the last `count`, newest first, as yyyy-MM. */
export function recentMonths(today: Date, count: number): string[] {
  const months: string[] = [];
  for (let i = 0; i < count; i++) {
    const d = new Date(today.getFullYear(), today.getMonth() - i, 1);
    months.push(`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`);
  }
  return months;
}

/** yyyy-MM and yyyy-MM as the dates of a period: 2026-01 … 2026-03 → 2026-01-01 … 2026-03-31. */
export function monthRange(from: string, to: string): MonthRange {
  const [year, month] = to.split('-').map(Number);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { from: `${from}-01`, to: `${to}-${String(last).padStart(2, '0')}` };
}

interface Props {
  /** The months shown now, first and last, as yyyy-MM. */
  first: string;
  last: string;
  onChoose: (range: MonthRange) => void;
}

/** Choose the channel mix's months (up to three years back); a period the server refuses is said by the page. */
export function MonthRangeForm({ first, last, onChoose }: Props) {
  const { t, language } = useLanguage();
  const [from, setFrom] = useState(first);
  const [to, setTo] = useState(last);
  const months = recentMonths(new Date(), 36);
  const options = months.map((m) => (
    <option key={m} value={m}>
      {formatMonth(m, language)}
    </option>
  ));
  function submit(event: FormEvent) {
    event.preventDefault();
    onChoose(monthRange(from, to));
  }
  return (
    <form onSubmit={submit} aria-label={t('channelMix.period')}>
      <HStack gap="space-16" align="end" wrap>
        <Select size="small" label={t('channelMix.fromMonth')} value={from} onChange={(e) => setFrom(e.target.value)}>
          {options}
        </Select>
        <Select size="small" label={t('channelMix.toMonth')} value={to} onChange={(e) => setTo(e.target.value)}>
          {options}
        </Select>
        <Button type="submit" size="small" variant="secondary">
          {t('channelMix.showPeriod')}
        </Button>
      </HStack>
    </form>
  );
}
