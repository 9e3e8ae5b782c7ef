import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { admin, employee, fakeServer, json, problem } from '../test/fakeServer';
import { violations } from '../test/axe';
import { renderApp } from '../test/renderApp';
import { officer, privacyRoutes } from '../test/privacyFixtures';

// The pages load on demand and axe checks them whole: more than the default five seconds on a busy machine.
describe('the privacy officer’s pages', { timeout: 20_000 }, () => {
  it('are in the menu for privacy officers, and Personvern alone is the current module there', async () => {
    fakeServer(privacyRoutes(officer, {}));
    renderApp('/admin/personvern');

    const menu = await screen.findByRole('navigation', { name: 'Hovedmeny' });
    const link = await within(menu).findByRole('link', { name: 'Personvern' });
    expect(link.getAttribute('href')).toBe('/admin/personvern');
    expect(link.getAttribute('aria-current')).toBe('page');
    expect(within(menu).queryByRole('link', { name: 'Administrasjon' })).toBeNull();
  });

  it('are for administrators too, under Administrasjon in the menu', async () => {
    fakeServer(privacyRoutes(admin, {}));
    renderApp('/admin/personvern/oppbevaring');

    expect(await screen.findByRole('heading', { level: 1, name: 'Oppbevaring' })).toBeTruthy();
    const menu = screen.getByRole('navigation', { name: 'Hovedmeny' });
    expect(within(menu).getByRole('link', { name: 'Administrasjon' }).getAttribute('aria-current')).toBe('page');
    expect(within(menu).queryByRole('link', { name: 'Personvern' })).toBeNull();
  });

  it('are refused to others before anything is fetched', async () => {
    const { calls } = fakeServer(privacyRoutes(employee, {}));
    renderApp('/admin/personvern/innsyn');

    expect(await screen.findByRole('heading', { level: 1, name: 'Ingen tilgang' })).toBeTruthy();
    expect(calls.some((c) => c.key.includes('/api/v1/privacy/'))).toBe(false);
  });

  it('the access log filters, pages, exports the same filters as CSV and shows a bad date on its field', async () => {
    let answer = () => json({ items: [], page: 0, size: 50, totalElements: 0, totalPages: 0 });
    const { calls } = fakeServer(
      privacyRoutes(officer, {
        'GET /api/v1/privacy/access-log?page=0&size=50': () => json({ items: [], page: 0, size: 50, totalElements: 120, totalPages: 3 }),
        'GET /api/v1/privacy/access-log?username=personvern&action=FIND&from=2026-11-24&to=2026-11-01&page=0&size=50': () => answer(),
      }),
    );
    const { container } = renderApp('/admin/personvern');
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { level: 1, name: 'Tilgangslogg' })).toBeTruthy();
    expect(await screen.findByText('120 oppføringer')).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Sider i tilgangsloggen' })).toBeTruthy();
    expect(await violations(container)).toEqual([]);

    await user.type(screen.getByLabelText('Brukernavn'), 'personvern');
    await user.selectOptions(screen.getByLabelText('Handling'), 'Søkte etter person');
    await user.type(screen.getByLabelText('Fra dato'), '2026-11-24');
    await user.type(screen.getByLabelText('Til dato'), '2026-11-01');
    answer = () => problem(400, { detail: 'Must not be before from', field: 'to' });
    await user.click(screen.getByRole('button', { name: 'Vis' }));

    expect(await screen.findByText('Must not be before from')).toBeTruthy();
    expect(screen.getByLabelText('Til dato').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByText('120 oppføringer')).toBeNull();

    answer = () => json({ items: [], page: 0, size: 50, totalElements: 0, totalPages: 0 });
    await user.click(screen.getByRole('button', { name: 'Vis' }));
    expect(await screen.findByText('Ingen oppføringer passer til filteret.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Last ned som CSV' }).getAttribute('href')).toBe(
      '/api/v1/privacy/access-log/export?username=personvern&action=FIND&from=2026-11-24&to=2026-11-01',
    );
    expect(calls.filter((c) => c.key.startsWith('GET /api/v1/privacy/access-log')).length).toBe(3);
  });

  it('the access log shows who did what, with whose data and why', async () => {
    fakeServer(privacyRoutes(officer, {}));
    renderApp('/admin/personvern');

    const table = await screen.findByRole('table', { name: 'Oppføringer' });
    const rows = within(table).getAllByRole('row');
    expect(within(rows[1]).getByText('Søkte etter person')).toBeTruthy();
    expect(within(rows[1]).getByText('Innsynskrav sak 2026/17')).toBeTruthy();
    expect(within(rows[1]).getByText('data-subject a1b2c3d4e5f6a7b8')).toBeTruthy();
    expect(within(rows[2]).getByText('veileder1')).toBeTruthy();
    expect(within(rows[2]).getByText('–')).toBeTruthy();
  });
});
