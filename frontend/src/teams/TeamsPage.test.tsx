import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { admin, fakeServer, json } from '../test/fakeServer';
import { renderApp } from '../test/renderApp';
import { inboxRoutes, pageOf, team } from '../test/inboxFixtures';

const users = [
  { id: 2, username: 'veileder1', name: 'Kari Nordmann', roles: ['EMPLOYEE', 'ADVISOR'] },
  { id: 3, username: 'veileder2', name: 'Ola Veileder', roles: ['EMPLOYEE', 'ADVISOR'] },
  { id: 4, username: 'per', name: 'Per Ny', roles: ['EMPLOYEE', 'ADVISOR'] },
  { id: 5, username: 'eva', name: 'Eva Redaktør', roles: ['EMPLOYEE', 'EDITOR'] },
].map((u) => ({ ...u, employeeId: 'X', email: null, unit: null, enabled: true, locked: false, lockedUntil: null }));

describe('teams', () => {
  it('sets a team’s advisors and editors, each with their role in the team', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const { calls } = fakeServer(
      inboxRoutes(admin, {
        'GET /api/v1/units': () => json([]),
        'GET /api/v1/admin/users': () => pageOf(users),
        'PUT /api/v1/teams/1/members': () => json(team),
      }),
    );
    renderApp('/admin/kanaler/team');
    const user = userEvent.setup();

    const table = await screen.findByRole('table', { name: 'Alle team' });
    expect(within(table).getByText('Kari Nordmann (veileder), Ola Veileder (veileder)')).toBeTruthy();
    await user.click(within(table).getByRole('button', { name: 'Endre medlemmer i NAV Foreldrepenger' }));
    const dialog = await screen.findByRole('dialog', { name: 'Medlemmer i NAV Foreldrepenger' });
    const advisors = within(within(dialog).getByRole('group', { name: 'Veiledere' }));
    const editors = within(within(dialog).getByRole('group', { name: 'Redaktører' }));
    await user.click(await advisors.findByRole('checkbox', { name: /Per Ny/ }));
    await user.click(advisors.getByRole('checkbox', { name: /Ola Veileder/ }));
    expect(advisors.queryByRole('checkbox', { name: /Eva Redaktør/ })).toBeNull();
    await user.click(editors.getByRole('checkbox', { name: /Eva Redaktør/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Lagre' }));

    expect(await screen.findByText('Medlemmene i NAV Foreldrepenger er lagret.')).toBeTruthy();
    expect(JSON.parse(calls.find((c) => c.key === 'PUT /api/v1/teams/1/members')?.init.body as string)).toEqual({
      members: [
        { userId: 2, role: 'ADVISOR' },
        { userId: 4, role: 'ADVISOR' },
        { userId: 5, role: 'EDITOR' },
      ],
    });
  });
});
