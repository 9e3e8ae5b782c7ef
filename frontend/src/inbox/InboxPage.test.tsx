import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { admin, fakeServer, json } from '../test/fakeServer';
import { fakeEventSource } from '../test/fakeEventSource';
import { renderApp } from '../test/renderApp';
import { advisor, calmSummary, inboxRoutes, pageOf, summary } from '../test/inboxFixtures';

const LIST = 'GET /api/v1/inbox/conversations';
const listCalls = (calls: { key: string }[]) => calls.filter((c) => c.key.startsWith(LIST)).map((c) => c.key);

describe('inbox page', () => {
  it('lists conversations with channel, status, assignee, labels and the SLA clock, overdue said in words', async () => {
    fakeServer(inboxRoutes(advisor, { [LIST]: () => pageOf([summary, calmSummary]) }));
    renderApp('/innboks');

    const table = await screen.findByRole('table', { name: 'Arbeidskø' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    const first = within(rows[1]);
    expect(first.getByRole('link', { name: summary.subject }).getAttribute('href')).toBe('/innboks/samtale/40');
    expect(first.getByText('Facebook')).toBeTruthy();
    expect(first.getByText('Offentlig kommentar')).toBeTruthy();
    expect(first.getByText('Siri Hansen')).toBeTruthy();
    expect(first.getByText('Ny')).toBeTruthy();
    expect(first.getByText('Ingen ansvarlig')).toBeTruthy();
    expect(first.getByText('foreldrepenger')).toBeTruthy();
    expect(first.getByText('Venter 3 t 5 min – over svarfristen')).toBeTruthy();
    const second = within(rows[2]);
    expect(second.getByText('Kari Nordmann')).toBeTruthy();
    expect(second.getByText('Venter 30 min')).toBeTruthy();
    expect(second.queryByText(/over svarfristen/)).toBeNull();
    expect(screen.getByText('2 samtaler')).toBeTruthy();
  });

  it('shows the queue counts on the tabs and asks for the chosen status and filters', async () => {
    const { calls } = fakeServer(inboxRoutes(advisor, { [LIST]: () => pageOf([summary]) }));
    renderApp('/innboks');
    const user = userEvent.setup();

    expect(await screen.findByRole('tab', { name: 'Nye (4)' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Arbeidskø (7)' }).getAttribute('aria-selected')).toBe('true');
    await screen.findByRole('table');
    expect(listCalls(calls)[0]).toBe(`${LIST}?sort=oldest&page=0&size=25`);

    await user.click(screen.getByRole('tab', { name: 'Nye (4)' }));
    await waitFor(() => expect(listCalls(calls).at(-1)).toContain('status=NEW'));

    await user.selectOptions(screen.getByLabelText('Ansvarlig'), 'Meg');
    await user.selectOptions(screen.getByLabelText('Type'), 'Privat melding');
    await user.selectOptions(screen.getByLabelText('Etikett'), 'foreldrepenger');
    await user.type(screen.getByRole('searchbox', { name: 'Søk i emne og navn' }), 'utbetaling{Enter}');
    await waitFor(() => expect(listCalls(calls).at(-1)).toContain('q=utbetaling'));
    const last = new URL(listCalls(calls).at(-1)!.split(' ')[1], 'http://x').searchParams;
    expect(last.get('status')).toBe('NEW');
    expect(last.get('assignee')).toBe('me');
    expect(last.get('kind')).toBe('PRIVATE');
    expect(last.get('label')).toBe('foreldrepenger');
  });

  it('refreshes on a live event and announces newly arrived conversations without moving focus', async () => {
    const stream = fakeEventSource();
    let items = [calmSummary];
    fakeServer(inboxRoutes(advisor, { [LIST]: () => pageOf(items) }));
    renderApp('/innboks');

    await screen.findByRole('link', { name: calmSummary.subject });
    expect(stream.isOpen('/api/v1/inbox/stream')).toBe(true);
    const focused = document.activeElement;
    items = [summary, calmSummary];
    await stream.emit('/api/v1/inbox/stream', 'conversation', { conversationId: 40, teamId: 1, status: 'NEW' });

    expect(await screen.findByRole('link', { name: summary.subject })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('1 ny samtale har kommet inn. Listen er oppdatert.');
    expect(document.activeElement).toBe(focused);
  });

  it('shows the header badge with the replies waiting for my approval', async () => {
    fakeServer(inboxRoutes(advisor, { [LIST]: () => pageOf([]) }));
    renderApp('/innboks');

    const nav = await screen.findByRole('navigation', { name: 'Hovedmeny' });
    expect(await within(nav).findByRole('link', { name: 'Innboks (3 svar venter på din godkjenning)' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Til godkjenning (3)' }).getAttribute('href')).toBe('/innboks/godkjenning');
  });

  it('shows beside Publisering the posts an editor may approve, not their own', async () => {
    const editor = { ...advisor, roles: [...advisor.roles, 'EDITOR' as const] };
    fakeServer(
      inboxRoutes(editor, {
        [LIST]: () => pageOf([]),
        'GET /api/v1/publishing/posts/awaiting-approval': () =>
          json([
            { id: 1, canApprove: true },
            { id: 2, canApprove: false },
          ]),
      }),
    );
    renderApp('/innboks');

    const nav = await screen.findByRole('navigation', { name: 'Hovedmeny' });
    expect(
      await within(nav).findByRole('link', { name: 'Publisering (1 innlegg venter på din godkjenning)' }),
    ).toBeTruthy();
  });

  it('is not for employees without the advisor role', async () => {
    fakeServer(inboxRoutes({ ...admin, roles: ['EMPLOYEE'] }, { [LIST]: () => json({}) }));
    renderApp('/innboks');

    expect(await screen.findByRole('heading', { level: 1, name: 'Ingen tilgang' })).toBeTruthy();
  });

  it('shows the comments on one post when the calendar links here with ?post=, and lets the reader see all again', async () => {
    const { calls } = fakeServer(inboxRoutes(advisor, { [LIST]: () => pageOf([summary]) }));
    renderApp('/innboks?post=77');
    const user = userEvent.setup();

    expect(await screen.findByText('Viser samtaler om innlegg nr. 77.')).toBeTruthy();
    await screen.findByRole('table');
    expect(new URL(listCalls(calls)[0].split(' ')[1], 'http://x').searchParams.get('post')).toBe('77');
    expect(screen.queryByRole('link', { name: 'Åpne innlegget i publisering' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Vis alle samtaler' }));
    await waitFor(() => expect(listCalls(calls).at(-1)).not.toContain('post='));
    expect(screen.queryByText('Viser samtaler om innlegg nr. 77.')).toBeNull();
  });
});
