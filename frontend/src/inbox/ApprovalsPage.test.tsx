import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PROBLEM_APPROVAL_DECIDED } from '../api/problems';
import { fakeServer, json, problem } from '../test/fakeServer';
import { fakeEventSource } from '../test/fakeEventSource';
import { renderApp } from '../test/renderApp';
import { advisor, approval, inboxRoutes, kari, pageOf, reply } from '../test/inboxFixtures';

const LIST = 'GET /api/v1/approvals';

describe('approval queue', () => {
  it('shows a partner’s reply with the decision buttons and my own as waiting, without them', async () => {
    const mine = approval(12, { author: kari, body: 'Mitt svar.', canApprove: false, visibility: 'PRIVATE' });
    fakeServer(inboxRoutes(advisor, { [LIST]: () => pageOf([approval(11), mine]) }));
    renderApp('/innboks/godkjenning');

    const list = await screen.findByRole('list', { name: 'Til godkjenning' });
    const [partners, own] = within(list).getAllByRole('listitem').map((li) => within(li));
    expect(partners.getByRole('link', { name: 'Når kommer utbetalingen av foreldrepenger?' }).getAttribute('href')).toBe('/innboks/samtale/40');
    expect(partners.getByText(/skrevet av Ola Veileder/)).toBeTruthy();
    expect(partners.getByRole('button', { name: 'Godkjenn' })).toBeTruthy();
    expect(own.getByText('Ditt svar – venter på at en makker godkjenner det.')).toBeTruthy();
    expect(own.getByText('Privat')).toBeTruthy();
    expect(own.queryByRole('button')).toBeNull();
    expect(screen.getByText('2 svar venter')).toBeTruthy();
  });

  it('marks what is offered to me first because I am on duty', async () => {
    fakeServer(inboxRoutes(advisor, { [LIST]: () => pageOf([approval(11, { forYou: true }), approval(15)]) }));
    renderApp('/innboks/godkjenning');

    const list = await screen.findByRole('list', { name: 'Til godkjenning' });
    const [mine, others] = within(list).getAllByRole('listitem').map((li) => within(li));
    expect(mine.getByText('Til deg: du er på vakt')).toBeTruthy();
    expect(others.queryByText('Til deg: du er på vakt')).toBeNull();
    expect(others.getByRole('button', { name: 'Godkjenn' })).toBeTruthy();
  });

  it('shows a new reply that arrives on the stream without a reload, and says so', async () => {
    const stream = fakeEventSource();
    let items = [approval(11)];
    fakeServer(inboxRoutes(advisor, { [LIST]: () => pageOf(items) }));
    renderApp('/innboks/godkjenning');

    await screen.findByText('1 svar venter');
    items = [approval(11), approval(13, { body: 'Et helt nytt svar.' })];
    await stream.emit('/api/v1/inbox/stream', 'approval', { replyId: 13, teamId: 1, status: 'AWAITING_APPROVAL' });

    expect(await screen.findByText('Et helt nytt svar.')).toBeTruthy();
    expect(screen.getByText('1 nytt svar venter på godkjenning.')).toBeTruthy();
  });

  it('approves, and explains when a partner got there first', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    let decided = false;
    fakeServer(
      inboxRoutes(advisor, {
        [LIST]: () => pageOf(decided ? [approval(14)] : [approval(11), approval(14, { body: 'Allerede behandlet.' })]),
        'POST /api/v1/approvals/11/approve': () => ((decided = true), json(reply(11, { status: 'APPROVED' }))),
        'POST /api/v1/approvals/14/approve': () => problem(409, { type: PROBLEM_APPROVAL_DECIDED, detail: 'Svaret er allerede behandlet.' }),
      }),
    );
    renderApp('/innboks/godkjenning');
    const user = userEvent.setup();

    await screen.findByText('2 svar venter');
    await user.click(screen.getAllByRole('button', { name: 'Godkjenn' })[0]);
    expect(await screen.findByText('Svaret er godkjent og sendes.')).toBeTruthy();
    expect(await screen.findByText('1 svar venter')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Godkjenn' }));
    expect((await screen.findAllByText('Svaret er allerede behandlet.')).length).toBeGreaterThan(0);
  });
});
