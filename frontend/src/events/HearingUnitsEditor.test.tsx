import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Hearing } from '../api/types';
import { fakeServer, json, problem, sessionRoutes, type Handler } from '../test/fakeServer';
import { renderApp } from '../test/renderApp';
import { violations } from '../test/axe';
import { leader } from '../test/eventsFixtures';

const geir = { id: 31, name: 'Geir Holm', unitName: 'NAV Hamar' };
const jon = { id: 32, name: 'Jon Olsen', unitName: 'NAV Hamar' };
const silje = { id: 41, name: 'Silje Nygård', unitName: 'NAV Kontaktsenter Oppland' };

function hearing(changes: Partial<Hearing> = {}): Hearing {
  return {
    id: 5,
    title: 'Høring om åpningstider',
    summary: 'Forslaget.',
    deadline: '2099-01-10T12:00:00Z',
    open: true,
    anonymousAllowed: false,
    sections: [{ id: 1, position: 1, title: 'Åpningstider', body: '' }],
    units: [
      { unitId: 11, name: 'NAV Hamar', responsible: geir, status: 'ANSWERED', canSpeakFor: false },
      { unitId: 12, name: 'NAV Kontaktsenter Oppland', responsible: silje, status: 'NOT_ANSWERED', canSpeakFor: false },
    ],
    awaitingMyApproval: [],
    attachments: [],
    canManage: true,
    publishedDiscussionId: null,
    draft: false,
    unitChanges: [
      {
        unitId: 12,
        unitName: 'NAV Kontaktsenter Oppland',
        action: 'INVITED',
        responsible: silje,
        previousResponsible: null,
        changedBy: leader,
        at: '2026-12-01T09:00:00Z',
      },
    ],
    ...changes,
  };
}

function server(extra: Record<string, Handler> = {}) {
  return fakeServer({
    ...sessionRoutes(leader.me),
    'GET /api/v1/hearings/5': () => json(hearing()),
    'GET /api/v1/hearings/5/summary': () => json({ hearingId: 5, title: 'Høring om åpningstider', responses: 0, sections: [], units: [] }),
    'GET /api/v1/units': () =>
      json([
        { id: 11, name: 'NAV Hamar', kind: 'NAV_OFFICE', parentId: null },
        { id: 12, name: 'NAV Kontaktsenter Oppland', kind: 'CONTACT_CENTRE', parentId: null },
        { id: 13, name: 'NAV Lillehammer', kind: 'NAV_OFFICE', parentId: null },
      ]),
    'GET /api/v1/events/live/people': () => json([geir, jon]),
    ...extra,
  });
}

describe('changing a sent hearing’s invited units', () => {
  it('invites another unit with its responsible person, by keyboard, and passes axe', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const { calls } = server({ 'POST /api/v1/hearings/5/units': () => new Response(null, { status: 201 }) });
    const user = userEvent.setup();
    const { container } = renderApp('/horinger/5');

    const editor = await screen.findByRole('region', { name: 'Endre høringsinstansene' });
    // The units load after the region shows: choose one once it is there.
    await within(editor).findByRole('option', { name: 'NAV Lillehammer' });
    await user.selectOptions(within(editor).getByRole('combobox', { name: 'Enhet' }), 'NAV Lillehammer');
    await within(editor).findByRole('option', { name: 'Jon Olsen' });
    await user.selectOptions(within(editor).getByRole('combobox', { name: 'Ansvarlig' }), 'Jon Olsen');
    within(editor).getByRole('button', { name: 'Inviter enheten' }).focus();
    await user.keyboard('{Enter}');

    expect(await screen.findByText('NAV Lillehammer er invitert, og den ansvarlige har fått beskjed.')).toBeTruthy();
    const sent = calls.find((c) => c.key === 'POST /api/v1/hearings/5/units');
    expect(JSON.parse(String(sent?.init.body))).toEqual({ unitId: 13, responsibleId: 32 });
    expect(screen.getByRole('region', { name: 'Endringer i høringsinstansene' }).textContent).toContain(
      'Kari Aasen inviterte NAV Kontaktsenter Oppland, med Silje Nygård som ansvarlig',
    );
    expect(await violations(container)).toEqual([]);
  });

  it('hands an invited unit to another person, and only an unanswered unit can be withdrawn', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const { calls } = server({
      'PUT /api/v1/hearings/5/units/11': () => new Response(null, { status: 204 }),
      'DELETE /api/v1/hearings/5/units/12': () =>
        problem(409, { type: 'urn:samtale:problem:hearing-unit-answered', title: 'Conflict', field: 'unitId' }),
    });
    const user = userEvent.setup();
    renderApp('/horinger/5');

    const editor = await screen.findByRole('region', { name: 'Endre høringsinstansene' });
    // The units load after the region shows: choose one once it is there.
    await within(editor).findByRole('option', { name: 'NAV Hamar' });
    await user.selectOptions(within(editor).getByRole('combobox', { name: 'Enhet' }), 'NAV Hamar');
    expect(within(editor).getByText('Enheten er invitert, og Geir Holm er ansvarlig nå.')).toBeTruthy();
    await within(editor).findByRole('option', { name: 'Jon Olsen' });
    await user.selectOptions(within(editor).getByRole('combobox', { name: /Ansvarlig/ }), 'Jon Olsen');
    await user.click(within(editor).getByRole('button', { name: 'Bytt ansvarlig' }));
    expect(await screen.findByText('NAV Hamar har fått ny ansvarlig.')).toBeTruthy();
    expect(JSON.parse(String(calls.find((c) => c.key === 'PUT /api/v1/hearings/5/units/11')?.init.body))).toEqual({ responsibleId: 32 });

    expect(within(editor).queryByRole('button', { name: 'Trekk tilbake invitasjonen til NAV Hamar' })).toBeNull();
    expect(within(editor).getByText('NAV Hamar har svart og beholder invitasjonen.')).toBeTruthy();
    await user.click(within(editor).getByRole('button', { name: 'Trekk tilbake invitasjonen til NAV Kontaktsenter Oppland' }));
    expect(await within(editor).findByText(/Enheten har svart på høringen, så invitasjonen står/)).toBeTruthy();
  });

  it('is not offered to those who do not manage the hearing', async () => {
    fakeServer({
      ...sessionRoutes(leader.me),
      'GET /api/v1/hearings/5': () => json(hearing({ canManage: false })),
      'GET /api/v1/hearings/5/summary': () => json({ hearingId: 5, title: 'Høring om åpningstider', responses: 0, sections: [], units: [] }),
    });
    renderApp('/horinger/5');
    expect(await screen.findByRole('heading', { name: 'Høring om åpningstider', level: 1 })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Endre høringsinstansene' })).toBeNull();
    expect(screen.getByRole('region', { name: 'Endringer i høringsinstansene' })).toBeTruthy();
  });
});
