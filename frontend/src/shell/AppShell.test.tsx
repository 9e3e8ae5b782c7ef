import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { admin, employee, fakeServer, info, sessionRoutes } from '../test/fakeServer';
import { renderApp } from '../test/renderApp';

describe('app shell', () => {
  it('marks every page as demo when the server runs in demo mode, the login page too', async () => {
    fakeServer(sessionRoutes(null, { ...info, demo: true }));
    renderApp('/');

    await screen.findByRole('heading', { level: 1, name: 'Logg inn' });
    expect(within(screen.getByRole('banner')).getByText('DEMO')).toBeTruthy();
    expect(screen.getByText(/Demomodus: alle data er fiktive/)).toBeTruthy();
  });

  it('shows no demo marker outside demo mode', async () => {
    fakeServer(sessionRoutes(employee));
    renderApp('/');

    await screen.findByRole('heading', { level: 1, name: 'Hei, Kari Nordmann' });
    expect(screen.queryByText('DEMO')).toBeNull();
    expect(screen.queryByText(/Demomodus/)).toBeNull();
  });

  it('hides Administrasjon from a user who is not an admin', async () => {
    fakeServer(sessionRoutes(employee));
    renderApp('/');

    const nav = await screen.findByRole('navigation', { name: 'Hovedmeny' });
    expect(within(nav).getByRole('link', { name: 'Forum' }).getAttribute('href')).toBe('/forum');
    expect(within(nav).queryByRole('link', { name: 'Administrasjon' })).toBeNull();
  });

  it('shows Administrasjon to an admin', async () => {
    fakeServer(sessionRoutes(admin));
    renderApp('/');

    const nav = await screen.findByRole('navigation', { name: 'Hovedmeny' });
    expect(within(nav).getByRole('link', { name: 'Administrasjon' }).getAttribute('href')).toBe('/admin');
  });

  it('has a skip link to main, and names the tab after the page', async () => {
    fakeServer(sessionRoutes(employee));
    renderApp('/finnes-ikke');

    await screen.findByRole('heading', { level: 1, name: 'Fant ikke siden' });
    expect(screen.getByRole('link', { name: 'Hopp til hovedinnhold' }).getAttribute('href')).toBe('#main');
    expect(screen.getByRole('main').id).toBe('main');
    await waitFor(() => expect(document.title).toBe('Fant ikke siden – Samtale'));
  });

  it('moves focus to the new page’s heading after navigation, also when the page is loaded on demand', async () => {
    fakeServer(sessionRoutes(employee));
    renderApp('/');
    const user = userEvent.setup();

    const nav = await screen.findByRole('navigation', { name: 'Hovedmeny' });
    await user.click(within(nav).getByRole('link', { name: 'Innboks' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Innboks' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('switches to nynorsk, remembers it and sets the page language', async () => {
    fakeServer(sessionRoutes(employee));
    renderApp('/');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Språk: Bokmål' }));
    await user.click(await screen.findByRole('button', { name: /Nynorsk/ }));

    expect(await screen.findByRole('link', { name: 'Hopp til hovudinnhaldet' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('nn');
    expect(localStorage.getItem('samtale.language')).toBe('nn');
  });

  it('shows a user who must change password nothing but that page', async () => {
    fakeServer(sessionRoutes({ ...employee, mustChangePassword: true }));
    renderApp('/forum');

    expect(await screen.findByRole('heading', { level: 1, name: 'Du må bytte passord' })).toBeTruthy();
    expect(screen.getByLabelText('Nåværende passord')).toBeTruthy();
  });
});
