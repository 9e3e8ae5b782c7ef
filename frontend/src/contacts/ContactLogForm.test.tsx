import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LanguageProvider } from '../i18n/i18n';
import { fakeServer, json } from '../test/fakeServer';
import { ContactLogForm } from './ContactLogForm';

describe('contact log form (walk report F15)', () => {
  it('chooses nothing beforehand: an empty submit logs nothing and names each missing choice', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const { calls } = fakeServer({ 'POST /api/v1/contacts': () => json({ id: 1 }, 201) });
    const onLogged = vi.fn();
    render(
      <LanguageProvider>
        <ContactLogForm officeName="NAV Hamar" onLogged={onLogged} />
      </LanguageProvider>,
    );
    const user = userEvent.setup();

    expect(screen.getAllByRole('radio').every((r) => !(r as HTMLInputElement).checked)).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Registrer' }));
    expect(screen.getByText('Velg et tema.')).toBeTruthy();
    expect(screen.getByText('Velg hvilken kanal personen kom gjennom.')).toBeTruthy();
    expect(screen.getByText('Velg utfallet.')).toBeTruthy();
    expect(calls).toHaveLength(0);

    await user.selectOptions(screen.getByLabelText('Tema'), 'pensjon');
    expect(screen.queryByText('Velg et tema.')).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Telefon' }));
    await user.click(screen.getByRole('radio', { name: 'Henvist videre' }));
    await user.click(screen.getByRole('button', { name: 'Registrer' }));

    expect(await screen.findByText(/Registrert: Pensjon på NAV Hamar/)).toBeTruthy();
    expect(JSON.parse(String(calls[0].init.body))).toMatchObject({ topic: 'pensjon', channel: 'PHONE', outcome: 'REFERRED' });
    expect((screen.getByRole('radio', { name: 'Telefon' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Tema') as HTMLSelectElement).value).toBe('');
  }, 40_000);
});
