import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeEventSource } from '../test/fakeEventSource';
import { fakeServer, json, problem, sessionRoutes, type Handler } from '../test/fakeServer';
import { renderApp } from '../test/renderApp';
import { violations } from '../test/axe';
import { leader, scheduledNettprat } from '../test/eventsFixtures';

const kari = { id: leader.id, name: leader.name, unitName: leader.unitName };
const geir = { id: 14, name: 'Geir Holm', unitName: 'NAV Hamar' };

const event = scheduledNettprat;

function server(extra: Record<string, Handler>) {
  fakeEventSource();
  return fakeServer({
    ...sessionRoutes(leader.me),
    'GET /api/v1/events/live/3': () => json(event()),
    'GET /api/v1/events/live/3/questions/mine': () => json([]),
    'GET /api/v1/units': () => json([{ id: 21, name: 'NAV Hamar', kind: 'NAV_OFFICE', parentId: null }]),
    'GET /api/v1/events/live/people': () => json([geir]),
    ...extra,
  });
}

describe('changing a nettprat’s people after it is announced', () => {
  it('removes and adds people by role and saves them as a whole, passing axe', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const { calls } = server({ 'PUT /api/v1/events/live/3/people': () => new Response(null, { status: 204 }) });
    const user = userEvent.setup();
    const { container } = renderApp('/nettprat/3');

    const editor = await screen.findByRole('region', { name: 'Endre ledere, hjelpere og moderatorer' });
    await user.click(within(editor).getByRole('button', { name: 'Fjern Per Kristian Moen' }));
    await user.click(within(editor).getByRole('button', { name: 'Fjern Marit Sønsteby' }));
    await within(editor).findByRole('option', { name: 'NAV Hamar' });
    await user.selectOptions(within(editor).getByRole('combobox', { name: 'Enhet' }), 'NAV Hamar');
    await within(editor).findByRole('option', { name: 'Geir Holm' });
    await user.selectOptions(within(editor).getByRole('combobox', { name: 'Person' }), 'Geir Holm');
    await user.click(within(editor).getByRole('button', { name: 'Legg til som moderator' }));
    await user.click(within(editor).getByRole('button', { name: 'Lagre endringene' }));

    expect(await within(editor).findByText('Endringene er lagret.')).toBeTruthy();
    const sent = calls.find((c) => c.key === 'PUT /api/v1/events/live/3/people');
    expect(JSON.parse(String(sent?.init.body))).toEqual({ leaderIds: [leader.id], helperIds: [], moderatorIds: [14] });
    expect(await violations(container)).toEqual([]);
  });

  it('says the server’s complaint at the role it is about', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    server({
      'PUT /api/v1/events/live/3/people': () =>
        problem(400, {
          type: 'urn:samtale:problem:validation',
          title: 'Bad Request',
          field: 'helperIds[0]',
          errors: [{ field: 'helperIds[0]', code: 'LivePersonUnknown', detail: 'No such person.' }],
        }),
    });
    const user = userEvent.setup();
    renderApp('/nettprat/3');

    const editor = await screen.findByRole('region', { name: 'Endre ledere, hjelpere og moderatorer' });
    await user.click(within(editor).getByRole('button', { name: 'Lagre endringene' }));
    const helpers = within(editor).getByRole('group', { name: 'Hjelpere som skriver svar for en leder' });
    expect(await within(helpers).findByText('Personen finnes ikke.')).toBeTruthy();
  });

  it('shows who changed the people to every reader, and the editor only to those who may change them', async () => {
    fakeEventSource();
    fakeServer({
      ...sessionRoutes(leader.me),
      'GET /api/v1/events/live/3': () =>
        json(event({
          canManagePeople: false,
          peopleChanges: [{ person: geir, role: 'MODERATOR', action: 'ADDED', changedBy: kari, at: '2026-12-01T09:00:00Z' }],
        })),
      'GET /api/v1/events/live/3/questions/mine': () => json([]),
    });
    renderApp('/nettprat/3');
    const changes = await screen.findByRole('region', { name: 'Endringer i hvem som leder, hjelper og modererer' });
    expect(changes.textContent).toContain('Kari Aasen la til Geir Holm som moderator');
    expect(screen.queryByRole('region', { name: 'Endre ledere, hjelpere og moderatorer' })).toBeNull();
  });
});
