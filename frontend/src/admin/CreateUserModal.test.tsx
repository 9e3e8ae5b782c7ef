import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LanguageProvider } from '../i18n/i18n';
import { fakeServer, problem } from '../test/fakeServer';
import { CreateUserModal } from './CreateUserModal';

function renderModal() {
  return render(
    <LanguageProvider>
      <CreateUserModal units={[]} roles={['EMPLOYEE', 'ADMIN']} onCreated={vi.fn()} onClose={vi.fn()} />
    </LanguageProvider>,
  );
}

describe('create-user form (walk report F14)', () => {
  it('says what is missing and the format rules, shows the rules as hints, and clears an edited field’s error', async () => {
    const { calls } = fakeServer({});
    renderModal();
    const user = userEvent.setup();

    expect(screen.getByText('2–64 bokstaver (a–z), sifre, punktum, _ eller -.')).toBeTruthy();
    expect(screen.getByText('En bokstav og seks sifre, som Z990001.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Opprett bruker' }));
    expect(screen.getByText('Skriv et brukernavn.')).toBeTruthy();
    expect(screen.getByText('Skriv navnet.')).toBeTruthy();
    expect(screen.getByText('Skriv NAV-identen.')).toBeTruthy();
    expect(calls).toHaveLength(0);

    await user.type(screen.getByLabelText('Brukernavn', { exact: false }), '<b>x</b> y');
    expect(screen.queryByText('Skriv et brukernavn.')).toBeNull();
    await user.type(screen.getByLabelText('NAV-ident', { exact: false }), '12');
    await user.click(screen.getByRole('button', { name: 'Opprett bruker' }));
    expect(screen.getByText('Brukernavnet kan bare ha 2–64 bokstaver (a–z), sifre, punktum, _ eller -.')).toBeTruthy();
    expect(screen.getByText('NAV-identen er en bokstav og seks sifre, som Z990001.')).toBeTruthy();
  });

  it('clears the server’s complaint about a field once it is edited', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    fakeServer({
      'POST /api/v1/admin/users': () =>
        problem(409, { type: 'urn:samtale:problem:conflict', field: 'username', detail: 'Taken', errors: [{ field: 'username', detail: 'Taken' }] }),
    });
    renderModal();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Brukernavn', { exact: false }), 'kari');
    await user.type(screen.getByLabelText('Navn'), 'Kari Nordmann');
    await user.type(screen.getByLabelText('NAV-ident', { exact: false }), 'Z990001');
    await user.click(screen.getByRole('button', { name: 'Opprett bruker' }));

    expect(await screen.findByText('Feltet er allerede i bruk.')).toBeTruthy();
    await user.type(screen.getByLabelText('Brukernavn', { exact: false }), '2');
    expect(screen.queryByText('Feltet er allerede i bruk.')).toBeNull();
  });
});
