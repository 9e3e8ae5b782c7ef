import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PROBLEM_PERSONAL_DATA } from '../api/problems';
import type { ScheduledPost } from '../api/types';
import { admin, fakeServer, json, problem } from '../test/fakeServer';
import { renderApp } from '../test/renderApp';
import { advisor, approval, auditEntry, conversation, inboxRoutes, kari, ola, pageOf, reply, summary } from '../test/inboxFixtures';

const GET = 'GET /api/v1/inbox/conversations/40';

/** The web chat: private replies go straight to the citizen. */
const chat = { ...conversation, kind: 'PRIVATE' as const, status: 'IN_PROGRESS' as const, replies: [], approvalNeeded: { publicReply: true, privateReply: false } };

const post: ScheduledPost = {
  id: 3,
  accountId: 12,
  teamId: 1,
  accountName: 'NAV Foreldrepenger',
  platform: 'FACEBOOK',
  message: 'Husk å søke om foreldrepenger i god tid!',
  publishAt: '2026-12-01T08:00:00Z',
  approvalState: 'PENDING',
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

describe('what the inbox promises is what happens', () => {
  it('says before the click that a private chat answer goes straight to the citizen, and a public one to a partner', async () => {
    fakeServer(inboxRoutes(advisor, { [GET]: () => json(chat) }));
    renderApp('/innboks/samtale/40');

    const form = within((await screen.findByRole('region', { name: 'Skriv svar' })) as HTMLElement);
    expect(form.getByText(/går rett til innbyggeren, uten godkjenning/)).toBeTruthy();
    expect(form.getByRole('button', { name: 'Send' })).toBeTruthy();
    expect(form.queryByRole('button', { name: 'Send til godkjenning' })).toBeNull();
    expect(form.queryByText(/går først til makkeren din/)).toBeNull();
  });

  it('tells an admin off the team that this is why they cannot answer', async () => {
    const offTeam = { ...conversation, permissions: { ...conversation.permissions, canReply: false, canReplyPrivately: false, canAssign: false, memberOfTeam: false } };
    fakeServer(inboxRoutes(admin, { [GET]: () => json(offTeam) }));
    renderApp('/innboks/samtale/40');

    await screen.findByRole('heading', { level: 1, name: summary.subject });
    expect(screen.getAllByText(/^Du er ikke med i teamet for denne kontoen\./).length).toBeGreaterThan(0);
    expect(screen.queryByText('Denne kontoen kan ikke svare fra Samtale.')).toBeNull();
  });

  it('names the text field when a public reply holds an identity number, in the reader’s language', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    fakeServer(
      inboxRoutes(advisor, {
        [GET]: () => json(conversation),
        'POST /api/v1/privacy/scan': () => json({ findings: [] }),
        'POST /api/v1/inbox/conversations/40/replies': () =>
          problem(422, { type: PROBLEM_PERSONAL_DATA, detail: 'A public reply holds an identity number', field: 'body' }),
      }),
    );
    renderApp('/innboks/samtale/40');
    const user = userEvent.setup();

    const form = within((await screen.findByRole('region', { name: 'Skriv svar' })) as HTMLElement);
    await user.type(form.getByLabelText('Svartekst'), 'Saken gjelder 150885 10140.');
    await user.click(form.getByRole('button', { name: 'Send til godkjenning' }));

    expect(await form.findByText('Svaret er offentlig og inneholder et fødselsnummer. Fjern nummeret, eller svar privat.')).toBeTruthy();
    expect(form.queryByText(/A public reply/)).toBeNull();
  });

  it('shows the author a partner’s edit beside their own wording, and accepts it', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const proposed = reply(92, {
      author: kari,
      body: 'Hei Siri! Pengene kommer den 25. Se nav.no/utbetalinger.',
      edited: true,
      canEdit: true,
      canAcceptEdit: true,
      proposedEdit: { by: ola, previousBody: 'Hei Siri! Pengene kommer den 25.' },
    });
    const { calls } = fakeServer(
      inboxRoutes(advisor, {
        [GET]: () => json({ ...conversation, replies: [proposed] }),
        'POST /api/v1/approvals/92/approve': () => json(reply(92, { author: kari, status: 'APPROVED', edited: true, approver: ola })),
      }),
    );
    renderApp('/innboks/samtale/40');
    const user = userEvent.setup();

    const before = await screen.findByRole('region', { name: 'Før endringen' });
    const after = screen.getByRole('region', { name: 'Med endringen' });
    expect(within(after).getByText('Se nav.no/utbetalinger.', { exact: false, selector: 'ins' })).toBeTruthy();
    expect(within(before).queryByText(/nav.no\/utbetalinger/)).toBeNull();
    expect(screen.getByText('Ola Veileder har foreslått en endring i svaret ditt. Godta endringen, eller skriv om svaret.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Godkjenn' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Godta endringen' }));

    expect(await screen.findByText('Du har godtatt endringen. Svaret er godkjent og sendes.')).toBeTruthy();
    expect(calls.find((c) => c.key === 'POST /api/v1/approvals/92/approve')?.init.body).toBeUndefined();
  });

  it('writes every log entry in words, with names and statuses, not codes or ids', async () => {
    const logged = {
      ...conversation,
      audit: [
        auditEntry(1, { action: 'RECEIVED', visibility: 'PUBLIC' }),
        auditEntry(2, { actor: ola, action: 'ASSIGNED', user: kari }),
        auditEntry(3, { actor: kari, action: 'STATUS_CHANGED', fromStatus: 'NEW', toStatus: 'IN_PROGRESS' }),
        auditEntry(4, { actor: kari, action: 'LABELS_CHANGED', labels: ['foreldrepenger', 'utbetaling'] }),
        auditEntry(5, { actor: kari, action: 'REPLY_DRAFTED', replyId: 95, visibility: 'PUBLIC' }),
        auditEntry(6, { action: 'REPLY_ATTEMPT_FAILED', replyId: 95, attempt: 2, error: 'Graph API: timeout' }),
      ],
    };
    fakeServer(inboxRoutes(advisor, { [GET]: () => json(logged) }));
    renderApp('/innboks/samtale/40');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Vis loggen (6)' }));
    for (const line of [
      'Ny offentlig melding fra innbyggeren.',
      'Ola Veileder ga samtalen til Kari Nordmann.',
      'Kari Nordmann endret status fra «Ny» til «Under arbeid».',
      'Kari Nordmann satte etikettene foreldrepenger, utbetaling.',
      'Kari Nordmann skrev et offentlig svar.',
      'Forsøk 2 på å sende et svar feilet, og Samtale prøver igjen.',
    ]) {
      expect(screen.getByText(line)).toBeTruthy();
    }
    for (const raw of [/PUBLIC/, /IN_PROGRESS/, /To user/, / → /]) expect(screen.queryByText(raw)).toBeNull();
  });

  it('says a message was erased or removed on its platform rather than showing nothing', async () => {
    const forgotten = {
      ...conversation,
      correspondent: { name: null, externalId: '' },
      messages: [
        { ...conversation.messages[0], authorName: null, body: null },
        { ...conversation.messages[0], id: 3, body: '', removedOnPlatform: true },
      ],
    };
    fakeServer(inboxRoutes(advisor, { [GET]: () => json(forgotten) }));
    renderApp('/innboks/samtale/40');

    expect(await screen.findByText('Teksten er slettet.')).toBeTruthy();
    expect(screen.getByText('Fjernet på plattformen. Teksten er ikke tatt vare på.')).toBeTruthy();
    expect(screen.getByText('Anonym (innbygger)')).toBeTruthy();
  });

  it('lists the scheduled posts that wait beside the replies, and approves one', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    let waiting = [post];
    const { calls } = fakeServer(
      inboxRoutes(advisor, {
        'GET /api/v1/approvals': () => pageOf([approval(14)]),
        'GET /api/v1/channels/scheduled-posts/awaiting-approval': () => json(waiting),
        'POST /api/v1/channels/scheduled-posts/3/approve': () => {
          waiting = [];
          return json({ ...post, approvalState: 'APPROVED', state: 'PENDING' });
        },
      }),
    );
    renderApp('/innboks/godkjenning');
    const user = userEvent.setup();

    const posts = within(await screen.findByRole('region', { name: 'Planlagte innlegg' }));
    expect(await posts.findByText('Husk å søke om foreldrepenger i god tid!')).toBeTruthy();
    await user.click(posts.getByRole('button', { name: 'Godkjenn' }));

    expect(await screen.findByText(/Innlegget er godkjent og sendes til plattformen/)).toBeTruthy();
    expect(calls.some((c) => c.key === 'POST /api/v1/channels/scheduled-posts/3/approve')).toBe(true);
    await waitFor(() => expect(posts.getByText('Ingen planlagte innlegg venter.')).toBeTruthy());
  });
});

