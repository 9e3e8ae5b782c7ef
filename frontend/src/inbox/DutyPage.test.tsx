import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DutyWeek } from '../api/types';
import { fakeServer, json, problem } from '../test/fakeServer';
import { violations } from '../test/axe';
import { renderApp } from '../test/renderApp';
import { advisor, inboxRoutes, kari, ola } from '../test/inboxFixtures';

const amir = { id: 4, name: 'Amir Haddad', unitName: 'NAV Kontaktsenter Hordaland' };

const week: DutyWeek = {
  teamId: 1,
  teamName: 'NAV Foreldrepenger',
  zone: 'Europe/Oslo',
  from: '2026-11-30',
  to: '2026-12-06',
  days: [
    { date: '2026-11-30', opens: '08:00', closes: '21:00' },
    { date: '2026-12-01', opens: '08:00', closes: '21:00' },
    { date: '2026-12-02', opens: '08:00', closes: '21:00' },
    { date: '2026-12-03', opens: '08:00', closes: '21:00' },
    { date: '2026-12-04', opens: '08:00', closes: '21:00' },
    { date: '2026-12-05', opens: null, closes: null },
    { date: '2026-12-06', opens: null, closes: null },
  ],
  shifts: [
    { id: 1, date: '2026-11-30', starts: '08:00', ends: '14:30', people: [kari, ola], understaffed: false },
    { id: 2, date: '2026-11-30', starts: '14:30', ends: '21:00', people: [amir], understaffed: true },
  ],
  onDutyNow: [kari, ola],
  members: [kari, ola, amir],
  understaffedShifts: 1,
  canPlan: true,
};

describe('duty roster', () => {
  it('shows the week’s shifts, who is on duty now and warns of a shift with fewer than two', async () => {
    fakeServer(inboxRoutes(advisor, { 'GET /api/v1/teams/1/duty': () => json(week) }));
    const { container } = renderApp('/innboks/vakter');

    const table = await screen.findByRole('table', { name: 'Vaktliste for NAV Foreldrepenger' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1].textContent).toContain('08:00–14:30');
    expect(rows[1].textContent).toContain('Kari Nordmann, Ola Veileder');
    expect(within(rows[2]).getByText('Færre enn to')).toBeTruthy();
    expect(within(table).getAllByText('stengt')).toHaveLength(2);
    expect(screen.getByText('På vakt nå: Kari Nordmann, Ola Veileder')).toBeTruthy();
    expect(screen.getByText('1 skift denne uken har færre enn to på vakt.')).toBeTruthy();
    expect(await violations(container)).toEqual([]);
  });

  it('lets the lead plan a shift by keyboard and says the rule in the reader’s words when refused', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    let refused = false;
    const { calls } = fakeServer(
      inboxRoutes(advisor, {
        'GET /api/v1/teams/1/duty': () => json(week),
        'POST /api/v1/teams/1/duty/shifts': () => {
          if (!refused) {
            refused = true;
            return problem(409, { type: 'urn:samtale:problem:already-on-duty', field: 'userIds[0]', detail: 'This person is already on another shift at that time' });
          }
          return json({ id: 9, date: '2026-12-01', starts: '08:00', ends: '12:00', people: [kari, amir], understaffed: false }, 201);
        },
      }),
    );
    renderApp('/innboks/vakter');
    const user = userEvent.setup();

    const form = await screen.findByRole('form', { name: 'Nytt skift' });
    await user.selectOptions(within(form).getByLabelText('Dag'), '2026-12-01');
    await user.click(within(form).getByLabelText('Kari Nordmann'));
    expect(within(form).getByText('Med bare én på vakt har ingen en makker. Skiftet får en advarsel.')).toBeTruthy();
    await user.click(within(form).getByLabelText('Amir Haddad'));
    await user.click(within(form).getByRole('button', { name: 'Sett opp skiftet' }));

    expect(await within(form).findByText('En av dem er allerede på et annet skift på den tiden.')).toBeTruthy();
    within(form).getByRole('button', { name: 'Sett opp skiftet' }).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText(/er satt opp\./)).toBeTruthy();
    const sent = calls.filter((c) => c.key === 'POST /api/v1/teams/1/duty/shifts').map((c) => JSON.parse(String(c.init.body)));
    expect(sent[1]).toEqual({ date: '2026-12-01', starts: '08:00', ends: '12:00', userIds: [2, 4] });
  });

  it('checks the shift before sending and words the server’s rule codes (walk report F18)', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const { calls } = fakeServer(
      inboxRoutes(advisor, {
        'GET /api/v1/teams/1/duty': () => json(week),
        'POST /api/v1/teams/1/duty/shifts': () =>
          problem(400, {
            type: 'urn:samtale:problem:validation',
            field: 'userIds[0]',
            detail: 'Not a member of the team',
            errors: [{ field: 'userIds[0]', code: 'ShiftNotTeamMember', detail: 'Not a member of the team' }],
          }),
      }),
    );
    renderApp('/innboks/vakter');
    const user = userEvent.setup();

    const form = await screen.findByRole('form', { name: 'Nytt skift' });
    await user.clear(within(form).getByLabelText('Til'));
    await user.type(within(form).getByLabelText('Til'), '07:00');
    await user.click(within(form).getByRole('button', { name: 'Sett opp skiftet' }));

    expect(within(form).getByText('Velg minst én person – to, så de har en makker.')).toBeTruthy();
    expect(within(form).getByText('Skiftet må slutte etter at det begynner, samme dag.')).toBeTruthy();
    expect(calls.filter((c) => c.key === 'POST /api/v1/teams/1/duty/shifts')).toHaveLength(0);

    await user.click(within(form).getByLabelText('Kari Nordmann'));
    expect(within(form).queryByText('Velg minst én person – to, så de har en makker.')).toBeNull();
    await user.clear(within(form).getByLabelText('Til'));
    await user.type(within(form).getByLabelText('Til'), '12:00');
    await user.click(within(form).getByRole('button', { name: 'Sett opp skiftet' }));
    expect(await within(form).findByText('Personen er ikke med i teamet.')).toBeTruthy();
    expect(within(form).queryByText('Feltet har en ugyldig verdi.')).toBeNull();
  });

  it('shows who is on duty now in the inbox header, and warns the lead of thin shifts', async () => {
    fakeServer(
      inboxRoutes(advisor, {
        'GET /api/v1/teams/duty/now': () =>
          json([{ teamId: 1, teamName: 'NAV Foreldrepenger', onDuty: [ola], understaffed: true, lead: true, understaffedShiftsThisWeek: 2 }]),
        'GET /api/v1/inbox/conversations': () => json({ items: [], page: 0, size: 25, totalElements: 0, totalPages: 1 }),
      }),
    );
    const { container } = renderApp('/innboks');

    const header = await screen.findByRole('region', { name: 'På vakt nå' });
    expect(within(header).getByText(/NAV Foreldrepenger: Ola Veileder er på vakt nå\./)).toBeTruthy();
    expect(within(header).getByRole('link', { name: 'Se vaktlisten' }).getAttribute('href')).toBe('/innboks/vakter?team=1');
    expect(within(header).getByText('NAV Foreldrepenger har bare én på vakt nå: ingen makker til å godkjenne.')).toBeTruthy();
    expect(within(header).getByText('Du leder NAV Foreldrepenger: 2 skift resten av uken har færre enn to på vakt.')).toBeTruthy();
    expect(await violations(container)).toEqual([]);
  });
});
