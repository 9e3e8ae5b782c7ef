import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { admin, employee, fakeServer, json, problem } from '../test/fakeServer';
import { renderApp } from '../test/renderApp';
import { account, inboxRoutes, pageOf } from '../test/inboxFixtures';

const broken = { ...account, id: 8, name: 'NAV Jobblyst', platform: 'SNAPCHAT' as const, state: 'RECONNECT_NEEDED' as const, connector: 'META' as const };

describe('channel administration', () => {
  it('lists the accounts and says prominently, in words, which must be reconnected', async () => {
    fakeServer(inboxRoutes(admin, { 'GET /api/v1/channels/accounts': () => json([account, broken]) }));
    renderApp('/admin/kanaler');

    const table = await screen.findByRole('table', { name: 'Alle kontoer' });
    expect(screen.getByRole('heading', { level: 2, name: '1 konto må kobles til på nytt' })).toBeTruthy();
    expect(screen.getByText(/før de er koblet til igjen: NAV Jobblyst\./)).toBeTruthy();
    const row = within(within(table).getByRole('rowheader', { name: /NAV Jobblyst/ }).closest('tr')!);
    expect(row.getByText('Må kobles til på nytt')).toBeTruthy();
    expect(row.getByText('Snapchat')).toBeTruthy();
    const simulated = within(within(table).getByRole('rowheader', { name: /NAV Foreldrepenger/ }).closest('tr')!);
    expect(simulated.getByText('mandag–fredag kl. 09:00–15:00')).toBeTruthy();
    expect(simulated.getByText('2 t')).toBeTruthy();
    expect(simulated.getByRole('link', { name: 'Simulator for NAV Foreldrepenger' }).getAttribute('href')).toBe('/admin/kanaler/simulator/7');
  });

  it('creates an account with opening hours, target and the approval rule, and shows field errors', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    let answer = () => problem(400, { detail: 'Feil i skjemaet.', errors: [{ field: 'handle', detail: 'Brukernavnet er i bruk.' }] });
    const { calls } = fakeServer(inboxRoutes(admin, { 'POST /api/v1/channels/accounts': () => answer() }));
    renderApp('/admin/kanaler');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Ny konto' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ny konto' });
    await user.selectOptions(within(dialog).getByLabelText('Plattform'), 'Instagram');
    await user.type(within(dialog).getByLabelText('Navn'), 'Jobbmesse');
    await user.type(within(dialog).getByLabelText('Brukernavn eller adresse på plattformen'), '@jobbmesse');
    await user.click(within(dialog).getByRole('checkbox', { name: 'fredag' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'lørdag' }));
    const target = within(dialog).getByLabelText('Mål for første svar (minutter)');
    await user.clear(target);
    await user.type(target, '60');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Private svar må også godkjennes av en makker' }));
    await user.click(within(dialog).getByRole('button', { name: 'Opprett konto' }));

    expect(await within(dialog).findByText('Brukernavnet er i bruk.')).toBeTruthy();
    expect(JSON.parse(calls.find((c) => c.key === 'POST /api/v1/channels/accounts')?.init.body as string)).toEqual({
      platform: 'INSTAGRAM',
      name: 'Jobbmesse',
      handle: '@jobbmesse',
      teamId: 1,
      connector: 'SIMULATOR',
      openingHours: { days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'SATURDAY'], opens: '09:00', closes: '15:00', zone: 'Europe/Oslo' },
      responseTargetMinutes: 60,
      privateRepliesNeedApproval: false,
    });

    answer = () => json({ ...account, id: 9, name: 'Jobbmesse' }, 201);
    await user.click(within(dialog).getByRole('button', { name: 'Opprett konto' }));
    expect(await screen.findByText('Kontoen Jobbmesse er opprettet.')).toBeTruthy();
  });

  it('controls the simulator and lists what the simulated platform received', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const { calls } = fakeServer(
      inboxRoutes(admin, {
        'GET /api/v1/channels/accounts/7/simulator': () => json({ ratePerMinute: 10, privateShare: 0.25, generated: 1234, repliesReceived: 56 }),
        'PUT /api/v1/channels/accounts/7/simulator': () => json({ ratePerMinute: 120, privateShare: 0.4, generated: 1240, repliesReceived: 56 }),
        'GET /api/v1/channels/accounts/7/simulator/sent': () =>
          pageOf([{ action: 'REPLY', target: 'comment-1', body: 'Hei Siri! Pengene kommer den 25.', at: '2025-03-03T09:30:00Z' }]),
      }),
    );
    renderApp('/admin/kanaler/simulator/7');
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { level: 1, name: 'Simulator for NAV Foreldrepenger' })).toBeTruthy();
    const rate = await screen.findByLabelText('Meldinger per minutt');
    expect((rate as HTMLInputElement).value).toBe('10');
    expect((screen.getByLabelText('Andel private meldinger (prosent)') as HTMLInputElement).value).toBe('25');
    expect(screen.getByText('1234')).toBeTruthy();
    expect(within(screen.getByRole('table', { name: 'Dette har plattformen mottatt' })).getByText('Hei Siri! Pengene kommer den 25.')).toBeTruthy();

    await user.clear(rate);
    await user.type(rate, '120');
    const share = screen.getByLabelText('Andel private meldinger (prosent)');
    await user.clear(share);
    await user.type(share, '40');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(await screen.findByText('Simulatoren er oppdatert.')).toBeTruthy();
    expect(JSON.parse(calls.find((c) => c.key === 'PUT /api/v1/channels/accounts/7/simulator')?.init.body as string)).toEqual({ ratePerMinute: 120, privateShare: 0.4 });
    expect(screen.getByText('1240')).toBeTruthy();
  });

  it('is only for administrators', async () => {
    fakeServer(inboxRoutes(employee, {}));
    renderApp('/admin/kanaler');

    expect(await screen.findByRole('heading', { level: 1, name: 'Ingen tilgang' })).toBeTruthy();
  });
});
