import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { WebChatInfo } from '../api/types';
import { admin, fakeServer, json, problem, sessionRoutes } from '../test/fakeServer';
import { violations } from '../test/axe';
import { renderApp } from '../test/renderApp';
import { account, advisor, approval, calmSummary, conversation, inboxRoutes, kari, ola, pageOf, reply, summary } from '../test/inboxFixtures';

/** Replies in every state, one with a partner's edit waiting for its author and one holding an identity number. */
const withEdits = {
  ...conversation,
  replies: [
    ...conversation.replies,
    reply(96, { author: kari, body: 'Hei Siri! Pengene kommer den 25.', canEdit: true, canAcceptEdit: true, edited: true, proposedEdit: { by: ola, previousBody: 'Hei Siri!' } }),
    reply(97, { visibility: 'PRIVATE', body: 'Vi har nummeret ditt.', personalData: ['national-id'] }),
  ],
};

const post = {
  id: 3,
  accountId: 7,
  teamId: 1,
  accountName: 'NAV Foreldrepenger',
  platform: 'FACEBOOK' as const,
  message: 'Husk å søke i god tid!',
  publishAt: '2026-12-01T08:00:00Z',
  approvalState: 'PENDING' as const,
  author: { id: 9, name: 'Hanne Lie', unitName: null },
  approver: null,
  decidedAt: null,
  rejectionComment: null,
  canApprove: true,
  state: null,
  postId: null,
  lastError: null,
  lastErrorCode: null,
  attempts: 0,
};

// Large pages, loaded on demand, checked whole: axe needs more than the default five seconds here.
describe('inbox, channels and web chat accessibility (axe-core, WCAG 2.1 A/AA)', { timeout: 20_000 }, () => {
  it('inbox list', async () => {
    fakeServer(inboxRoutes(advisor, { 'GET /api/v1/inbox/conversations': () => pageOf([summary, calmSummary], 60) }));
    const { container } = renderApp('/innboks');
    await screen.findByRole('table', { name: 'Arbeidskø' });
    expect(await violations(container)).toEqual([]);
  });

  it('a conversation with replies in every state, the open audit log and a reply field error', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    fakeServer(
      inboxRoutes(advisor, {
        'GET /api/v1/inbox/conversations/40': () => json(withEdits),
        'POST /api/v1/inbox/conversations/40/replies': () => problem(400, { errors: [{ field: 'body', detail: 'Svaret er for langt.' }] }),
      }),
    );
    const { container } = renderApp('/innboks/samtale/40');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Svartekst'), 'Hei');
    await user.click(screen.getByRole('button', { name: 'Send til godkjenning' }));
    await screen.findByText('Svaret er for langt.');
    await user.click(screen.getByRole('button', { name: 'Vis loggen (2)' }));
    expect(await violations(container)).toEqual([]);

    await user.click(screen.getAllByRole('button', { name: 'Send tilbake' })[0]);
    await screen.findByRole('dialog', { name: 'Send svaret tilbake' });
    expect(await violations(document.body)).toEqual([]);
  });

  it('approval queue with an edit waiting for its author and a scheduled post, and canned answers', async () => {
    fakeServer(
      inboxRoutes(advisor, {
        'GET /api/v1/approvals': () =>
          pageOf([approval(11), approval(12, { author: kari, canApprove: false, canAcceptEdit: true, proposedEdit: { by: ola, previousBody: 'Hei Siri!' } })]),
        'GET /api/v1/channels/scheduled-posts/awaiting-approval': () => json([post]),
      }),
    );
    let view = renderApp('/innboks/godkjenning');
    await screen.findByText('2 svar venter');
    expect(await violations(view.container)).toEqual([]);
    view.unmount();

    view = renderApp('/innboks/standardsvar');
    await screen.findByRole('table', { name: 'Teamets standardsvar' });
    expect(await violations(view.container)).toEqual([]);
  });

  it('channel accounts, the account form, teams and the simulator', async () => {
    fakeServer(
      inboxRoutes(admin, {
        'GET /api/v1/channels/accounts': () => json([account, { ...account, id: 8, name: 'NAV Jobblyst', state: 'RECONNECT_NEEDED', connector: 'WEB_CHAT' }]),
        'GET /api/v1/units': () => json([]),
        'GET /api/v1/channels/accounts/7/simulator': () => json({ ratePerMinute: 10, privateShare: 0.25, generated: 3, repliesReceived: 1 }),
        'GET /api/v1/channels/accounts/7/simulator/sent': () => pageOf([{ action: 'REPLY', target: 'c-1', body: 'Hei', at: '2025-03-03T09:30:00Z' }]),
      }),
    );
    const user = userEvent.setup();
    let view = renderApp('/admin/kanaler');
    await screen.findByRole('table', { name: 'Alle kontoer' });
    expect(await violations(view.container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Endre NAV Foreldrepenger' }));
    await screen.findByRole('dialog', { name: 'Endre NAV Foreldrepenger' });
    expect(await violations(document.body)).toEqual([]);
    view.unmount();

    view = renderApp('/admin/kanaler/team');
    await screen.findByRole('table', { name: 'Alle team' });
    expect(await violations(view.container)).toEqual([]);
    view.unmount();

    view = renderApp('/admin/kanaler/simulator/7');
    await screen.findByRole('table', { name: 'Dette har plattformen mottatt' });
    expect(await violations(view.container)).toEqual([]);
  });

  it('the citizens’ web chat, open with messages, and closed', async () => {
    const info: WebChatInfo = {
      accountId: 7,
      name: 'NAV Familie',
      openNow: true,
      openingHours: account.openingHours,
      expectedWaitMinutes: 4,
      queueLength: 1,
      nextOpening: null,
      session: { id: 31, startedAt: '2025-03-03T09:00:00Z' },
    };
    let current = info;
    fakeServer({
      ...sessionRoutes(null),
      'GET /api/v1/webchat/7': () => json(current),
      'GET /api/v1/webchat/7/messages': () =>
        json([
          { id: 1, from: 'CITIZEN', author: null, body: 'Hei', at: '2025-03-03T09:00:00Z' },
          { id: 2, from: 'ADVISOR', author: 'Kari', body: 'Hei, hva lurer du på?', at: '2025-03-03T09:01:00Z' },
        ]),
    });
    let view = renderApp('/chat/7');
    await screen.findByRole('log');
    await screen.findByText('Hei, hva lurer du på?');
    expect(await violations(view.container)).toEqual([]);
    view.unmount();

    current = { ...info, openNow: false, session: null };
    view = renderApp('/chat/7');
    await screen.findByText('Chatten er stengt nå.');
    expect(await violations(view.container)).toEqual([]);
  });
});
