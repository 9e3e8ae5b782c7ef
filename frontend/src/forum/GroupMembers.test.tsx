import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { employee, fakeServer, json, problem } from '../test/fakeServer';
import { renderApp } from '../test/renderApp';
import { closedGroup, forumRoutes, page } from '../test/forumFixtures';

describe('group members', () => {
  it('shows a member the list read-only and lets them leave with their own id', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    let member = true;
    const { calls } = fakeServer(
      forumRoutes(employee, {
        'GET /api/v1/spaces/12': () => json({ ...closedGroup, canPost: member, myRole: member ? 'MEMBER' : null }),
        'GET /api/v1/spaces/12/discussions': () => (member ? page([]) : problem(403, { title: 'Forbidden' })),
        'GET /api/v1/spaces/12/members': () => page([{ id: 2, name: 'Kari Nordmann', unitName: null }]),
        'DELETE /api/v1/spaces/12/members/2': () => ((member = false), new Response(null, { status: 204 })),
      }),
    );
    renderApp('/forum/rom/12');
    const user = userEvent.setup();

    const list = await screen.findByRole('list', { name: 'Medlemmer (1)' });
    expect(within(list).getByText('Kari Nordmann')).toBeTruthy();
    expect(screen.queryByLabelText('Legg til medlem')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Forlat gruppen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Forlate Ledernettverket?' });
    await user.click(within(dialog).getByRole('button', { name: 'Forlat gruppen' }));

    await waitFor(() => expect(screen.queryByRole('list', { name: 'Medlemmer (1)' })).toBeNull());
    expect(calls.some((c) => c.key === 'DELETE /api/v1/spaces/12/members/2')).toBe(true);
    expect(await screen.findByText(/Lukkede grupper kan bare leses av medlemmene/)).toBeTruthy();
    expect(screen.getByText('Du har forlatt Ledernettverket.')).toBeTruthy();
  });
});
