import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeServer, json, problem } from '../test/fakeServer';
import { violations } from '../test/axe';
import { renderApp } from '../test/renderApp';
import { findings, officer, othersRequest, ownRequest, privacyRoutes } from '../test/privacyFixtures';

const body = (calls: { key: string; init: RequestInit }[], key: string) => JSON.parse(calls.find((c) => c.key === key)?.init.body as string);

// The pages load on demand and axe checks them whole: more than the default five seconds on a busy machine.
describe('the privacy officer’s person search and erasures', { timeout: 20_000 }, () => {
  it('a person search needs a reason and an id or name, and shows the server’s complaint on the field', async () => {
    const { calls } = fakeServer(
      privacyRoutes(officer, {
        'GET /api/v1/privacy/subjects': () => problem(400, { detail: 'At least 3 characters, so a search does not sweep up strangers', field: 'name' }),
      }),
    );
    renderApp('/admin/personvern/innsyn');
    const user = userEvent.setup();

    // The file's first visit waits for the lazy page to compile (setup.ts), on a busy machine for long.
    await user.click(await screen.findByRole('button', { name: 'Søk' }, { timeout: 20_000 }));
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
