import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { admin, fakeServer, sessionRoutes } from '../test/fakeServer';
import { renderApp } from '../test/renderApp';

describe('the header’s menu button (below 1280 px)', () => {
  it('opens by keyboard with the modules, the languages and logging out', async () => {
    fakeServer(sessionRoutes(admin));
    renderApp('/');
    const user = userEvent.setup();

    const button = await screen.findByRole('button', { name: 'Meny' });
    button.focus();
    await user.keyboard('{Enter}');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const menu = document.querySelector<HTMLElement>('.samtale-narrow-menu')!;
    const inbox = within(menu).getByRole('link', { name: /^Innboks/ });
    expect(within(menu).getByRole('button', { name: 'Logg ut' })).toBeTruthy();
    expect(within(menu).getByRole('button', { name: 'Nynorsk' }).getAttribute('lang')).toBe('nn');

    await user.click(inbox);
    // The inbox is a lazily loaded part of the app: its first load under vitest is a transform of the whole module,
    // which took over 4 s on a loaded CI machine. What is tested is where the link leads, not how fast.
    expect(await screen.findByRole('heading', { level: 1, name: 'Innboks' }, { timeout: 20_000 })).toBeTruthy();
  }, 40_000);
});
