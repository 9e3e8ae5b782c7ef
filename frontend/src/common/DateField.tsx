import { useEffect, useRef, useState, type ReactNode } from 'react';
import { DatePicker, useDatepicker } from '@navikt/ds-react';
import { useT } from '../i18n/i18n';
import { isoDate } from './format';

interface DateFieldProps {
  label: string;
  /** The date as the API takes it, YYYY-MM-DD; '' for none. Text that is no date is passed on as typed. */
  value: string;
  onChange: (value: string) => void;
  error?: ReactNode;
  size?: 'small' | 'medium';
  /** The first day one may choose (a deadline cannot be in the past). */
  fromDate?: Date;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A YYYY-MM-DD date as a local date, or undefined. */
export function fromIso(value: string): Date | undefined {
  const match = ISO.exec(value.trim());
  if (!match) return undefined;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return date.getMonth() === Number(match[2]) - 1 ? date : undefined;
}

/**
 * Every date field: Aksel's date picker, which also takes a date typed the Norwegian way (24.12.2026, or 24.12.26)
 * and, for those used to it, YYYY-MM-DD. The page gets YYYY-MM-DD, the form the API takes; text that is no date is
 * said to be so when the field is left, and passed on as typed, so a filter is never dropped in silence.
 */
/** 24.12.2026: the way the field is typed. */
function formatDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}`;
}

export function DateField({ label, value, onChange, error, size, fromDate }: DateFieldProps) {
  const t = useT();
  const typed = useRef(value);
  const [notADate, setNotADate] = useState(false);
  // A real date before fromDate is not a format error: say which day is the first one allowed.
  const [tooEarly, setTooEarly] = useState(false);
  const { datepickerProps, inputProps, selectedDay, setSelected } = useDatepicker({
    defaultSelected: fromIso(value),
    fromDate,
    inputFormat: 'dd.MM.yyyy',
    onValidate: (validation) => setTooEarly(validation.isBefore),
    onDateChange: (date) => onChange(date ? isoDate(date) : typed.current.trim()),
  });

  // The value may change from outside: the address (search filters), a reset after saving.
  useEffect(() => {
    const shown = selectedDay ? isoDate(selectedDay) : typed.current.trim();
    if (value !== shown && (value === '' || fromIso(value))) {
      typed.current = value;
      setSelected(fromIso(value));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a change of the value from outside matters
  }, [value]);

  return (
    <DatePicker {...datepickerProps}>
      <DatePicker.Input
        {...inputProps}
        label={label}
        description={t('common.dateHint')}
        size={size}
        error={tooEarly && fromDate ? t('common.dateTooEarly', { date: formatDay(fromDate) })
          : notADate ? t('common.dateInvalid') : error}
        onChange={(e) => {
          typed.current = e.target.value;
          setNotADate(false);
          const iso = fromIso(e.target.value);
          if (iso) setSelected(iso);
          else inputProps.onChange?.(e);
        }}
        onBlur={(e) => {
          inputProps.onBlur?.(e);
          setNotADate(!tooEarly && e.target.value.trim() !== '' && selectedDay === undefined && !fromIso(e.target.value));
        }}
      />
    </DatePicker>
  );
}
