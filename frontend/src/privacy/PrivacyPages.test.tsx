import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { admin, employee, fakeServer, json, problem } from '../test/fakeServer';
import { violations } from '../test/axe';
import { renderApp } from '../test/renderApp';
import { dryRun, findings, nightly, officer, othersRequest, ownRequest, policies, privacyRoutes } from '../test/privacyFixtures';

const body = (calls: { key: string; init: RequestInit }[], key: string) => JSON.parse(calls.find((c) => c.key === key)?.init.body as string);

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

  it('retention lists the rules, shows a rule the server refuses on its field, and saves a changed one', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const { calls } = fakeServer(
      privacyRoutes(officer, {
        'PUT /api/v1/privacy/retention/FORUM': () => problem(400, { detail: 'Nothing removes FORUM data by time yet; it is kept', field: 'months' }),
        'PUT /api/v1/privacy/retention/PRIVATE_MESSAGES': () => json({ ...policies[1], months: 9, action: 'ANONYMISE' }),
      }),
    );
    const { container } = renderApp('/admin/personvern/oppbevaring');
    const user = userEvent.setup();

    const table = await screen.findByRole('table', { name: 'Regler' });
    const forum = within(within(table).getByRole('rowheader', { name: 'Internt forum' }).closest('tr')!);
    expect(forum.getByText('Beholdes')).toBeTruthy();
    const comments = within(within(table).getByRole('rowheader', { name: 'Offentlige kommentarer' }).closest('tr')!);
    expect(comments.getByText('12 måneder')).toBeTruthy();
    expect(comments.getByText('Anonymiseres')).toBeTruthy();
    expect(await screen.findByRole('table', { name: 'Siste kjøringer' })).toBeTruthy();
    expect(await violations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Endre regelen for Internt forum' }));
    let dialog = await screen.findByRole('dialog', { name: 'Oppbevaring av Internt forum' });
    await user.click(within(dialog).getByRole('radio', { name: 'Fjernes etter en tid' }));
    await user.click(within(dialog).getByRole('button', { name: 'Lagre' }));
    expect(await within(dialog).findByText('Skriv et helt antall måneder, minst 1.')).toBeTruthy();
    expect(calls.some((c) => c.key.startsWith('PUT'))).toBe(false);
    await user.type(within(dialog).getByLabelText('Antall måneder etter siste aktivitet'), '24');
    await user.click(within(dialog).getByRole('button', { name: 'Lagre' }));
    expect(await within(dialog).findByText('Nothing removes FORUM data by time yet; it is kept')).toBeTruthy();
    expect(within(dialog).getByLabelText('Antall måneder etter siste aktivitet').getAttribute('aria-invalid')).toBe('true');
    expect(await violations(document.body)).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));

    await user.click(screen.getByRole('button', { name: 'Endre regelen for Private meldinger' }));
    dialog = await screen.findByRole('dialog', { name: 'Oppbevaring av Private meldinger' });
    const months = within(dialog).getByLabelText('Antall måneder etter siste aktivitet');
    await user.clear(months);
    await user.type(months, '9');
    await user.click(within(dialog).getByRole('radio', { name: /Anonymiseres/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Lagre' }));
    expect(await screen.findByText('Regelen for Private meldinger er lagret: 9 måneder.')).toBeTruthy();
    expect(body(calls, 'PUT /api/v1/privacy/retention/PRIVATE_MESSAGES')).toEqual({ months: 9, action: 'ANONYMISE' });
  });

  it('retention shows a dry run’s report, runs for real only after confirmation, and reopens an earlier report', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const { calls } = fakeServer(
      privacyRoutes(officer, {
        'POST /api/v1/privacy/retention/runs?dryRun=true': () => json(dryRun),
        'POST /api/v1/privacy/retention/runs?dryRun=false': () => json({ ...dryRun, id: 6, dryRun: false, records: 7 }),
      }),
    );
    const { container } = renderApp('/admin/personvern/oppbevaring');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Prøvekjøring' }));
    expect(await screen.findByText('Prøvekjøringen er ferdig: 7 poster ville blitt fjernet.')).toBeTruthy();
    const report = await screen.findByRole('table', { name: /^Rapport fra prøvekjøringen/ });
    const row = within(within(report).getByRole('rowheader', { name: 'Private meldinger' }).closest('tr')!);
    expect(row.getByText('inbox')).toBeTruthy();
    expect(row.getByText('4')).toBeTruthy();
    expect(await violations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Kjør nå' }));
    const confirm = await screen.findByRole('dialog', { name: 'Kjøre reglene nå?' });
    expect(calls.some((c) => c.key.endsWith('dryRun=false'))).toBe(false);
    await user.click(within(confirm).getByRole('button', { name: 'Ja, kjør nå' }));
    expect(await screen.findByText('Kjøringen er ferdig: 7 poster er fjernet.')).toBeTruthy();
    expect(calls.some((c) => c.key === 'POST /api/v1/privacy/retention/runs?dryRun=false')).toBe(true);
    expect(screen.getByRole('heading', { level: 2, name: /^Rapport fra kjøringen/ })).toBeTruthy();

    const runs = screen.getByRole('table', { name: 'Siste kjøringer' });
    expect(within(runs).getByText('Nattjobben')).toBeTruthy();
    await user.click(within(runs).getByRole('button', { name: /^Vis rapport fra/ }));
    expect(await screen.findByText(`I alt ${nightly.records} poster ble fjernet.`)).toBeTruthy();
    expect(screen.getByText('Ingen regler med tidsgrense hadde noe å fjerne.')).toBeTruthy();
  });

  it('names who started a run and where its records were kept, in words', async () => {
    const byHilde = { ...nightly, id: 5, records: 1, triggeredBy: 9, startedBy: { id: 9, name: 'Hilde Brekke', unitName: null }, dryRun: true,
      lines: [{ category: 'PRIVATE_MESSAGES' as const, target: 'channel copies', cutoff: '2025-11-24T02:00:00Z', action: 'DELETE' as const, records: 1, error: null }] };
    fakeServer(privacyRoutes(officer, { 'GET /api/v1/privacy/retention/runs': () => json([byHilde, nightly]) }));
    renderApp('/admin/personvern/oppbevaring');
    const user = userEvent.setup();

    const runs = await screen.findByRole('table', { name: 'Siste kjøringer' });
    expect(within(runs).getByText('Hilde Brekke')).toBeTruthy();
    expect(within(runs).queryByText('En person')).toBeNull();
    await user.click(within(runs).getAllByRole('button', { name: /^Vis rapport fra/ })[0]);
    expect(await screen.findByText('Kopier av meldingene i kanalene')).toBeTruthy();
    expect(screen.queryByText('channel copies')).toBeNull();
    expect(screen.getByText('I alt 1 post ville blitt fjernet.')).toBeTruthy();
  });

  it('a person search needs a reason and an id or name, and shows the server’s complaint on the field', async () => {
    const { calls } = fakeServer(
      privacyRoutes(officer, {
        'GET /api/v1/privacy/subjects': () => problem(400, { detail: 'At least 3 characters, so a search does not sweep up strangers', field: 'name' }),
      }),
    );
    renderApp('/admin/personvern/innsyn');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Søk' }));
    expect(screen.getByText('Skriv personens id på plattformen eller navnet.')).toBeTruthy();
    expect(screen.getByText('Skriv hvorfor du søker: søket skrives i tilgangsloggen.')).toBeTruthy();
    expect(calls.some((c) => c.key.startsWith('GET /api/v1/privacy/subjects'))).toBe(false);

    await user.type(screen.getByLabelText('Navn på plattformen'), 'Ol');
    await user.type(screen.getByLabelText('Begrunnelse'), 'Innsynskrav');
    await user.click(screen.getByRole('button', { name: 'Søk' }));
    expect(await screen.findByText('At least 3 characters, so a search does not sweep up strangers')).toBeTruthy();
    expect(screen.getByLabelText('Navn på plattformen').getAttribute('aria-invalid')).toBe('true');
  });

  it('finds a person, shows what was found by source as text, exports it and asks for erasure', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    let requested = false;
    const { calls } = fakeServer(
      privacyRoutes(officer, {
        'GET /api/v1/privacy/subjects?platform=FACEBOOK&externalId=fb-ola&reason=Innsynskrav+2026%2F17': () => json(findings),
        'POST /api/v1/privacy/erasures': () => ((requested = true), json(ownRequest, 201)),
        'GET /api/v1/privacy/erasures': () => json(requested ? [ownRequest] : []),
      }),
    );
    const { container } = renderApp('/admin/personvern/innsyn');
    const user = userEvent.setup();

    expect(await screen.findByText('Ingen slettekrav ennå.')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Plattform'), 'Facebook');
    await user.type(screen.getByLabelText('Id på plattformen'), 'fb-ola');
    await user.type(screen.getByLabelText('Begrunnelse'), 'Innsynskrav 2026/17');
    await user.click(screen.getByRole('button', { name: 'Søk' }));

    const found = await screen.findByRole('region', { name: 'Dette har vi om personen' });
    expect(within(found).getByText('2 opplysninger om id fb-ola på Facebook.')).toBeTruthy();
    const inbox = within(found).getByRole('region', { name: 'Innboksen (1)' });
    expect(within(inbox).getByText('Hei, <b>jeg</b> heter Ola')).toBeTruthy();
    expect(container.querySelector('.samtale-privacy-record b')).toBeNull();
    const channels = within(found).getByRole('region', { name: 'Kanalene (1)' });
    expect(within(channels).getByText('Ola Testesen')).toBeTruthy();
    expect(within(channels).getByText('Ja')).toBeTruthy();
    // Codes are said in words: the record's kind and each field's name.
    expect(within(channels).getByText(/^Melding mottatt fra en kanal nr\. 77/)).toBeTruthy();
    expect(within(channels).getByText('Avsenderens navn')).toBeTruthy();
    expect(within(channels).getByText('Skrevet av innbyggeren')).toBeTruthy();
    expect(within(found).queryByText(/channels_inbound|authorName|fromCitizen|inbox_conversation/)).toBeNull();
    expect(within(found).getByRole('link', { name: 'Last ned som JSON' }).getAttribute('href')).toBe(
      '/api/v1/privacy/subjects/export?platform=FACEBOOK&externalId=fb-ola&reason=Innsynskrav+2026%2F17',
    );
    expect(await violations(container)).toEqual([]);

    await user.click(within(found).getByRole('button', { name: 'Be om sletting' }));
    const dialog = await screen.findByRole('dialog', { name: 'Be om sletting' });
    expect(within(dialog).getByText(/Alt Samtale har om id fb-ola på Facebook slettes/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Send til godkjenning' }));
    expect(await within(dialog).findByText('Skriv hvorfor personen skal slettes.')).toBeTruthy();
    await user.type(within(dialog).getByLabelText('Begrunnelse'), 'Krav i brev');
    await user.click(within(dialog).getByRole('button', { name: 'Send til godkjenning' }));

    expect(await screen.findByText('Slettekravet er sendt. En annen må godkjenne det før noe slettes.')).toBeTruthy();
    expect(body(calls, 'POST /api/v1/privacy/erasures')).toEqual({ platform: 'FACEBOOK', externalId: 'fb-ola', name: '', reason: 'Krav i brev' });
    const list = await screen.findByRole('table', { name: 'Slettekrav' });
    expect(within(list).getByText('Du ba om denne slettingen. En annen må godkjenne den.')).toBeTruthy();
    expect(within(list).queryByRole('button', { name: /Godkjenn/ })).toBeNull();
  });

  it('lets another privacy officer approve or reject, never the requester', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const { calls } = fakeServer(
      privacyRoutes(officer, {
        'POST /api/v1/privacy/erasures/12/approve': () => json({ ...othersRequest, subject: null, state: 'ERASED', erasedRecords: 5, canDecide: false }),
        'POST /api/v1/privacy/erasures/12/reject': () => problem(400, { detail: 'Say why the erasure is turned down', field: 'comment' }),
      }),
    );
    const { container } = renderApp('/admin/personvern/innsyn');
    const user = userEvent.setup();

    const list = await screen.findByRole('table', { name: 'Slettekrav' });
    const own = within(within(list).getByRole('rowheader', { name: 'id fb-ola på Facebook' }).closest('tr')!);
    expect(own.getByText('Hilde Brekke (deg)')).toBeTruthy();
    expect(own.getByText('Du ba om denne slettingen. En annen må godkjenne den.')).toBeTruthy();
    expect(own.queryByRole('button')).toBeNull();
    const done = within(within(list).getByRole('rowheader', { name: 'Slettet person (f00dfeedf00d…)' }).closest('tr')!);
    expect(done.getByText('Slettet')).toBeTruthy();
    expect(done.getByText('Dette ble gjort')).toBeTruthy();
    expect(done.getByText('2 sendte svar anonymisert')).toBeTruthy();
    expect(done.getByText('1 ventende svar avbrutt')).toBeTruthy();
    expect(done.getByText('2 mottatte kopier tømt')).toBeTruthy();
    expect(done.queryByText(/notater/)).toBeNull();
    expect(await violations(container)).toEqual([]);

    await user.click(within(list).getByRole('button', { name: 'Avvis sletting av Kari Innbygger' }));
    const reject = await screen.findByRole('dialog', { name: 'Avvise sletting av Kari Innbygger' });
    await user.type(within(reject).getByLabelText('Hvorfor avvises kravet?'), ' ');
    await user.click(within(reject).getByRole('button', { name: 'Avvis' }));
    expect(await within(reject).findByText('Skriv hvorfor kravet avvises.')).toBeTruthy();
    await user.type(within(reject).getByLabelText('Hvorfor avvises kravet?'), 'x');
    await user.click(within(reject).getByRole('button', { name: 'Avvis' }));
    expect(await within(reject).findByText('Say why the erasure is turned down')).toBeTruthy();
    await user.click(within(reject).getByRole('button', { name: 'Avbryt' }));

    await user.click(within(list).getByRole('button', { name: 'Godkjenn sletting av Kari Innbygger' }));
    const confirm = await screen.findByRole('dialog', { name: 'Slette personen?' });
    await user.click(within(confirm).getByRole('button', { name: 'Ja, slett' }));
    expect(await screen.findByText('Slettingen er gjort: 5 poster er slettet.')).toBeTruthy();
    expect(calls.some((c) => c.key === 'POST /api/v1/privacy/erasures/12/approve')).toBe(true);
  });

  it('shows the server’s own-approval refusal when a stale page offers the requester the approve button', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    fakeServer(
      privacyRoutes(officer, {
        'GET /api/v1/privacy/erasures': () => json([{ ...ownRequest, canDecide: true }]),
        'POST /api/v1/privacy/erasures/11/approve': () =>
          problem(403, { type: 'urn:samtale:problem:own-approval', detail: 'You asked for this erasure; another person must decide it' }),
      }),
    );
    renderApp('/admin/personvern/innsyn');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Godkjenn sletting av id fb-ola på Facebook' }));
    const confirm = await screen.findByRole('dialog', { name: 'Slette personen?' });
    await user.click(within(confirm).getByRole('button', { name: 'Ja, slett' }));
    expect(await within(confirm).findByText('Du ba om denne slettingen. En annen må godkjenne den.')).toBeTruthy();
  });
});
