import { describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LanguageProvider } from '../i18n/i18n';
import { DateField } from './DateField';

function Field({ initial = '', onValue, fromDate }: { initial?: string; onValue: (v: string) => void; fromDate?: Date }) {
  const [value, setValue] = useState(initial);
  return (
    <LanguageProvider>
      <DateField label="Fra dato" value={value} onChange={(v) => (setValue(v), onValue(v))} fromDate={fromDate} />
      <button type="button">Ut</button>
    </LanguageProvider>
  );
}

describe('the shared date field', () => {
  it('takes a date typed the Norwegian way and gives the page YYYY-MM-DD', async () => {
    const onValue = vi.fn();
    render(<Field onValue={onValue} />);
    await userEvent.type(screen.getByLabelText('Fra dato'), '24.12.2026');
    expect(onValue).toHaveBeenLastCalledWith('2026-12-24');
  });

  it('takes YYYY-MM-DD too, and shows a date from the page the Norwegian way', async () => {
    const onValue = vi.fn();
    render(<Field initial="2026-01-31" onValue={onValue} />);
    const input = screen.getByLabelText('Fra dato') as HTMLInputElement;
    expect(input.value).toBe('31.01.2026');
    await userEvent.clear(input);
    await userEvent.type(input, '2026-12-01');
    expect(onValue).toHaveBeenLastCalledWith('2026-12-01');
    expect(input.value).toBe('01.12.2026');
  });

  it('says so when the text is no date, and passes it on rather than dropping it', async () => {
    const onValue = vi.fn();
    render(<Field onValue={onValue} />);
    await userEvent.type(screen.getByLabelText('Fra dato'), '31.02.2026');
    await userEvent.click(screen.getByRole('button', { name: 'Ut' }));
    expect(screen.getByText('Skriv datoen som dd.mm.åååå, for eksempel 24.12.2026.')).toBeTruthy();
    expect(onValue).toHaveBeenLastCalledWith('31.02.2026');
  });

  it('says which day is the first allowed when a real date is too early, not that it is badly written', async () => {
    render(<Field onValue={vi.fn()} fromDate={new Date(2026, 11, 5)} />);
    await userEvent.type(screen.getByLabelText('Fra dato'), '01.12.2026');
    await userEvent.click(screen.getByRole('button', { name: 'Ut' }));
    expect(screen.getByText('Datoen kan ikke være før 05.12.2026.')).toBeTruthy();
    expect(screen.queryByText('Skriv datoen som dd.mm.åååå, for eksempel 24.12.2026.')).toBeNull();
  });
});
