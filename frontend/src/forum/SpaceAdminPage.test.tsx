import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PROBLEM_TOPIC_NOT_STAFFED } from '../api/problems';
import type { SpaceSummary } from '../api/types';
import { admin, employee, fakeServer, json, problem } from '../test/fakeServer';
import { renderApp } from '../test/renderApp';
import { forumRoutes, openGroup, page, topic } from '../test/forumFixtures';

const created: SpaceSummary = { ...topic, id: 13, name: 'Sykepenger', description: 'Om sykepenger.', open: false, moderators: [], experts: [] };
const notStaffed = 'Temaet kan ikke åpnes før det har en moderator og minst én fagperson.';

describe('space administration', () => {
  it('creates a topic, then shows the server’s reason when it will not open unstaffed', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const { calls } = fakeServer(
      forumRoutes(admin, {
        'GET /api/v1/spaces': () => page([topic, openGroup]),
        'POST /api/v1/spaces': () => json(created, 201),
        'POST /api/v1/spaces/13/open': () => problem(409, { type: PROBLEM_TOPIC_NOT_STAFFED, title: 'Conflict', detail: notStaffed }),
      }),
    );
    renderApp('/forum/admin');
    const user = userEvent.setup();

    const table = await screen.findByRole('table', { name: 'Alle tema og grupper' });
    expect(within(table).getByRole('link', { name: 'Dagpenger' })).toBeTruthy();
    expect(within(table).getByText('Åpen gruppe')).toBeTruthy();
    expect(within(table).queryByRole('button', { name: /Åpne temaet/ })).toBeNull();

    await user.type(screen.getByLabelText('Navn'), 'Sykepenger');
    await user.type(screen.getByLabelText('Beskrivelse'), 'Om sykepenger.');
    await user.click(screen.getByRole('button', { name: 'Opprett' }));

    expect(await screen.findByText(/Temaet Sykepenger er opprettet/)).toBeTruthy();
    const sent = calls.find((c) => c.key === 'POST /api/v1/spaces');
    expect(JSON.parse(sent?.init.body as string)).toEqual({ kind: 'TOPIC', name: 'Sykepenger', description: 'Om sykepenger.', membership: 'OPEN' });

    const open = within(table).getByRole('button', { name: 'Åpne temaet Sykepenger' });
    expect(open.getAttribute('aria-describedby')).toBe('open-hint-13');
    expect(document.getElementById('open-hint-13')?.textContent).toBe('Krever en moderator og minst én fagperson.');
    await user.click(open);

    expect(await screen.findByText(notStaffed)).toBeTruthy();
    expect(open.getAttribute('aria-describedby')).toBe('open-hint-13 open-error-13');
    expect(calls.some((c) => c.key === 'POST /api/v1/spaces/13/open')).toBe(true);
  });

  it('saves the moderators and experts chosen from the user list', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const users = [
      { id: 3, username: 'ola', name: 'Ola Moderator' },
      { id: 4, username: 'eva', name: 'Eva Fagperson' },
      { id: 5, username: 'per', name: 'Per Spesialist' },
    ].map((u) => ({ ...u, employeeId: 'X', email: null, unit: null, roles: ['EMPLOYEE'], enabled: true, locked: false, lockedUntil: null }));
    const { calls } = fakeServer(
      forumRoutes(admin, {
        'GET /api/v1/spaces': () => page([created]),
        'GET /api/v1/admin/users': () => json({ items: users, page: 0, size: 200, totalElements: 3, totalPages: 1 }),
        'PUT /api/v1/spaces/13/staff': () => json({ ...created, moderators: [{ id: 3, name: 'Ola Moderator', unitName: null }] }),
      }),
    );
    renderApp('/forum/admin');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Endre bemanning for Sykepenger' }));
    const dialog = await screen.findByRole('dialog', { name: 'Bemanning for Sykepenger' });
    const moderators = within(dialog).getByRole('group', { name: 'Moderatorer' });
    await user.click(await within(moderators).findByRole('checkbox', { name: /Ola Moderator/ }));
    await user.type(within(dialog).getByLabelText('Finn person'), 'spes');
    const experts = within(dialog).getByRole('group', { name: 'Fagpersoner i bakrommet' });
    expect(within(experts).queryByRole('checkbox', { name: /Eva Fagperson/ })).toBeNull();
    await user.click(within(experts).getByRole('checkbox', { name: /Per Spesialist/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Lagre' }));

    expect(await screen.findByText('Bemanningen for Sykepenger er lagret.')).toBeTruthy();
    const sent = calls.find((c) => c.key === 'PUT /api/v1/spaces/13/staff');
    expect(JSON.parse(sent?.init.body as string)).toEqual({ moderatorIds: [3], expertIds: [5] });
  });

  it('is only for administrators', async () => {
    fakeServer(forumRoutes(employee, { 'GET /api/v1/spaces': () => page([topic]) }));
    renderApp('/forum/admin');

    expect(await screen.findByRole('heading', { level: 1, name: 'Ingen tilgang' })).toBeTruthy();
  });
});
