import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeServer, json, problem } from '../test/fakeServer';
import { violations } from '../test/axe';
import { renderApp } from '../test/renderApp';
import { dryRun, nightly, officer, policies, privacyRoutes } from '../test/privacyFixtures';

const body = (calls: { key: string; init: RequestInit }[], key: string) => JSON.parse(calls.find((c) => c.key === key)?.init.body as string);

// The pages load on demand and axe checks them whole: more than the default five seconds on a busy machine.
describe('the privacy officer’s retention page', { timeout: 20_000 }, () => {
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

    // The file's first visit waits for the lazy page to compile (setup.ts), on a busy machine for long.
    const table = await screen.findByRole('table', { name: 'Regler' }, { timeout: 20_000 });
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
});
