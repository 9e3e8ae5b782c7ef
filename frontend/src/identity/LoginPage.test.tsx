import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { employee, fakeServer, info, json, problem, sessionRoutes } from '../test/fakeServer';
import { renderApp } from '../test/renderApp';

function describedBy(element: HTMLElement): string {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('login page', () => {
  it('has labelled fields and an h1, and no OIDC button when OIDC is off', async () => {
    fakeServer(sessionRoutes(null));
    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Logg inn' })).toBeTruthy();
    expect(screen.getByLabelText('Brukernavn').getAttribute('autocomplete')).toBe('username');
    expect(screen.getByLabelText('Passord').getAttribute('type')).toBe('password');
    expect(screen.queryByText(/Entra ID/)).toBeNull();
  });

  it('shows the server’s answer to wrong credentials', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    fakeServer({
      ...sessionRoutes(null),
      'POST /login': () => problem(401, { type: 'urn:samtale:problem:bad-credentials', detail: 'Bad credentials' }),
    });
    renderApp('/');
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('Brukernavn'), 'kari');
    await user.type(screen.getByLabelText('Passord'), 'feil');
    await user.click(screen.getByRole('button', { name: 'Logg inn' }));

    expect(await screen.findByText('Feil brukernavn eller passord.')).toBeTruthy();
  });

  it('tells a locked account apart, and shows other problems in the server’s words', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    let answer = problem(401, { type: 'urn:samtale:problem:account-locked', detail: 'Locked' });
    fakeServer({ ...sessionRoutes(null), 'POST /login': () => answer });
    renderApp('/');
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('Brukernavn'), 'kari');
    await user.type(screen.getByLabelText('Passord'), 'x');
    await user.click(screen.getByRole('button', { name: 'Logg inn' }));
    expect(await screen.findByText(/Kontoen er låst/)).toBeTruthy();

    answer = problem(503, { type: 'about:blank', detail: 'Tjenesten er nede for vedlikehold.' });
    await user.type(screen.getByLabelText('Passord'), 'x');
    await user.click(screen.getByRole('button', { name: 'Logg inn' }));
    expect(await screen.findByText('Tjenesten er nede for vedlikehold.')).toBeTruthy();
  });

  it('asks for missing fields next to the fields, without calling the server', async () => {
    const { calls } = fakeServer(sessionRoutes(null));
    renderApp('/');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Logg inn' }));

    expect(describedBy(screen.getByLabelText('Brukernavn'))).toContain('Skriv inn brukernavnet ditt.');
    expect(calls.some((c) => c.key === 'POST /login')).toBe(false);
  });

  it('signs in and shows the start page', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    let signedIn = false;
    fakeServer({
      'GET /api/v1/info': () => json(info),
      'GET /api/v1/me': () => (signedIn ? json(employee) : problem(401, {})),
      'POST /login': () => {
        signedIn = true;
        return json({ username: 'kari' });
      },
    });
    renderApp('/login');
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('Brukernavn'), 'kari');
    await user.type(screen.getByLabelText('Passord'), 'riktig');
    await user.click(screen.getByRole('button', { name: 'Logg inn' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Hei, Kari Nordmann' })).toBeTruthy();
  });

  it('offers Entra ID when OIDC is on', async () => {
    fakeServer(sessionRoutes(null, { ...info, oidcEnabled: true }));
    renderApp('/');

    // Aksel gives a link styled as a button the button role, and makes Space work on it.
    const link = await screen.findByRole('button', { name: 'Logg inn med NAV-ident (Entra ID)' });
    expect(link.getAttribute('href')).toBe('/oauth2/authorization/samtale');
  });
});
