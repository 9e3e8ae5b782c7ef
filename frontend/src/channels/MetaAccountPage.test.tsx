import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { admin, fakeServer, json, problem } from '../test/fakeServer';
import { renderApp } from '../test/renderApp';
import { account, inboxRoutes } from '../test/inboxFixtures';

const page = {
  ...account,
  id: 12,
  connector: 'META' as const,
  state: 'RECONNECT_NEEDED' as const,
  capabilities: ['RECEIVE', 'REPLY', 'PUBLISH', 'SCHEDULE', 'FIGURES'],
};
const broken = { pageId: '1000000000001', kind: 'FACEBOOK_PAGE', connected: true, lastCheckedAt: '2026-11-23T06:00:00Z', state: 'RECONNECT_NEEDED' };
const figures = {
  accountId: 12,
  from: '2026-10-28',
  to: '2026-11-24',
  figures: [
    { objectId: '1000000000001', objectKind: 'PAGE', metric: 'page_follows', date: '2026-11-23', value: 12045 },
    { objectId: '1000000000001_55', objectKind: 'POST', metric: 'post_total_media_view_unique', date: '2026-11-24', value: 830 },
  ],
};

describe('the Meta connection page', () => {
  it('says loudly that the account must be reconnected, and reconnects it with a token that is never shown back', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    let answer = () => problem(400, { detail: 'Meta rejected this token (error 190)', field: 'accessToken', errors: [{ field: 'accessToken', detail: 'Meta avviste tokenet.' }] });
    const { calls } = fakeServer(
      inboxRoutes(admin, {
        'GET /api/v1/channels/accounts': () => json([page]),
        'GET /api/v1/channels/accounts/12/meta': () => json(broken),
        'PUT /api/v1/channels/accounts/12/meta': () => answer(),
        'GET /api/v1/channels/accounts/12/figures': () => json(figures),
        'GET /api/v1/channels/accounts/12/scheduled-posts': () => json([]),
      }),
    );
    renderApp('/admin/kanaler/meta/12');
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { level: 1, name: 'Meta-tilkobling for NAV Foreldrepenger' })).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 2, name: 'Kontoen må kobles til på nytt' })).toBeTruthy();
    expect(screen.getAllByText('Må kobles til på nytt').length).toBeGreaterThan(0);
    expect(screen.getByText('Facebook-side 1000000000001')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Koble til på nytt' }));
    const token = screen.getByLabelText('Tilgangstoken') as HTMLInputElement;
    expect(document.activeElement).toBe(token);
    expect(token.type).toBe('password');
    expect(token.value).toBe('');

    await user.type(token, 'nytt-token');
    await user.click(screen.getByRole('button', { name: 'Koble til' }));
    expect(await screen.findByText('Meta avviste tokenet.')).toBeTruthy();

    answer = () => json({ ...broken, state: 'ACTIVE' });
    await user.click(screen.getByRole('button', { name: 'Koble til' }));
    expect(await screen.findByText('NAV Foreldrepenger er koblet til Meta.')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Kontoen må kobles til på nytt' })).toBeNull();
    expect(JSON.parse(calls.filter((c) => c.key === 'PUT /api/v1/channels/accounts/12/meta')[1].init.body as string)).toEqual({
      pageId: '1000000000001',
      accessToken: 'nytt-token',
      kind: 'FACEBOOK_PAGE',
    });
    expect(token.value).toBe('');
  });

  it('shows the figures, pulls them now, and names a bad date from the server', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const { calls } = fakeServer(
      inboxRoutes(admin, {
        'GET /api/v1/channels/accounts': () => json([{ ...page, state: 'ACTIVE' }]),
        'GET /api/v1/channels/accounts/12/meta': () => json({ ...broken, state: 'ACTIVE' }),
        'GET /api/v1/channels/accounts/12/figures': () =>
          calls[calls.length - 1].key.includes('from=2026-13-01') ? problem(400, { detail: 'from: Must be a date', field: 'from', errors: [{ field: 'from', detail: 'Må være en dato.' }] }) : json(figures),
        'POST /api/v1/channels/accounts/12/figures/pull': () => json({ stored: 6 }),
        'GET /api/v1/channels/accounts/12/scheduled-posts': () => json([]),
      }),
    );
    renderApp('/admin/kanaler/meta/12');
    const user = userEvent.setup();

    const table = await screen.findByRole('table', { name: 'Tall fra Meta' });
    const follows = within(within(table).getByText('Følgere').closest('tr')!);
    expect(follows.getByText('Siden')).toBeTruthy();
    expect(follows.getByText('2026-11-23')).toBeTruthy();
    expect(within(table).getByText('Innlegg 1000000000001_55')).toBeTruthy();
    expect(within(table).getByText('Unike seere av innlegget')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Hent tall fra Meta nå' }));
    expect(await screen.findByText('Hentet 6 tall fra Meta.')).toBeTruthy();
    expect(calls.some((c) => c.key === 'POST /api/v1/channels/accounts/12/figures/pull')).toBe(true);

    // A Norwegian date is taken and sent as the API's YYYY-MM-DD.
    await user.type(screen.getByLabelText('Fra dato'), '24.11.2026');
    await user.click(screen.getByRole('button', { name: 'Vis tall' }));
    await waitFor(() => expect(calls.some((c) => c.key.includes('/figures?from=2026-11-24'))).toBe(true));
    // Text that is no date is said to be so on the field, and the server's word for it is shown there too.
    await user.clear(screen.getByLabelText('Fra dato'));
    await user.type(screen.getByLabelText('Fra dato'), '2026-13-01');
    await user.click(screen.getByRole('button', { name: 'Vis tall' }));
    expect(await screen.findByText('Skriv datoen som dd.mm.åååå, for eksempel 24.12.2026.')).toBeTruthy();
  });

  it('schedules a post for another member of the team to approve before Meta gets it, and lists it', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    let scheduled: unknown[] = [];
    const { calls } = fakeServer(
      inboxRoutes(admin, {
        'GET /api/v1/channels/accounts': () => json([{ ...page, state: 'ACTIVE' }]),
        'GET /api/v1/channels/accounts/12/meta': () => json({ ...broken, state: 'ACTIVE' }),
        'GET /api/v1/channels/accounts/12/figures': () => json({ ...figures, figures: [] }),
        'GET /api/v1/channels/accounts/12/scheduled-posts': () => json(scheduled),
        'POST /api/v1/channels/accounts/12/scheduled-posts': () => {
          scheduled = [
            {
              id: 3,
              accountId: 12,
              teamId: 1,
              accountName: 'NAV Foreldrepenger',
              platform: 'FACEBOOK',
              message: 'Søk i god tid!',
              publishAt: '2026-12-01T08:00:00Z',
              approvalState: 'PENDING',
              author: { id: 1, name: 'Ada Admin', unitName: null },
              approver: null,
              decidedAt: null,
              rejectionComment: null,
              canApprove: false,
              state: null,
              postId: null,
              lastError: null,
              attempts: 0,
            },
          ];
          return json(scheduled[0], 201);
        },
      }),
    );
    renderApp('/admin/kanaler/meta/12');
    const user = userEvent.setup();

    expect(await screen.findByText('Ingen planlagte innlegg.')).toBeTruthy();
    await user.type(screen.getByLabelText('Tekst'), 'Søk i god tid!');
    await user.click(screen.getByRole('button', { name: 'Send til godkjenning' }));
    expect(await screen.findByText('Skriv dato som ÅÅÅÅ-MM-DD og klokkeslett som TT:MM.')).toBeTruthy();
    expect(calls.some((c) => c.key === 'POST /api/v1/channels/accounts/12/scheduled-posts')).toBe(false);

    await user.type(screen.getByLabelText('Dato'), '2026-12-01');
    await user.type(screen.getByLabelText('Klokkeslett'), '09:00');
    await user.click(screen.getByRole('button', { name: 'Send til godkjenning' }));

    expect(await screen.findByText('Innlegget venter nå på at en annen i teamet godkjenner det. Det sendes til Meta først da.')).toBeTruthy();
    const sent = JSON.parse(calls.find((c) => c.key === 'POST /api/v1/channels/accounts/12/scheduled-posts')?.init.body as string);
    expect(sent.message).toBe('Søk i god tid!');
    expect(sent.publishAt).toBe(new Date('2026-12-01T09:00').toISOString());
    const list = await screen.findByRole('table', { name: 'Planlagte innlegg' });
    expect(within(list).getByText('Venter på godkjenning')).toBeTruthy();
    expect(within(list).getByText('Skrevet av Ada Admin')).toBeTruthy();
  });

  it('links every Meta account from the account list, and a broken one from the warning', async () => {
    fakeServer(inboxRoutes(admin, { 'GET /api/v1/channels/accounts': () => json([page]) }));
    renderApp('/admin/kanaler');

    const link = await screen.findByRole('link', { name: 'Koble til NAV Foreldrepenger på nytt' });
    expect(link.getAttribute('href')).toBe('/admin/kanaler/meta/12');
    expect(screen.getByRole('link', { name: 'Meta-tilkobling for NAV Foreldrepenger' }).getAttribute('href')).toBe('/admin/kanaler/meta/12');
  });
});
