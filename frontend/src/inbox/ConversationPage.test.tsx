import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PROBLEM_CONVERSATION_CLOSED } from '../api/problems';
import { fakeServer, json, problem } from '../test/fakeServer';
import { renderApp } from '../test/renderApp';
import { advisor, conversation, inboxRoutes, kari, reply, summary } from '../test/inboxFixtures';

const GET = 'GET /api/v1/inbox/conversations/40';
const bodyOf = (calls: { key: string; init: RequestInit }[], key: string) => JSON.parse(calls.find((c) => c.key === key)?.init.body as string);

function replyCard(text: string) {
  const item = screen.getByText(text).closest('li');
  if (!item) throw new Error(`no reply ${text}`);
  return within(item);
}

describe('conversation page', () => {
  it('shows the post, then the thread with who wrote what and how public it is', async () => {
    fakeServer(inboxRoutes(advisor, { [GET]: () => json(conversation) }));
    renderApp('/innboks/samtale/40');

    await screen.findByRole('heading', { level: 1, name: summary.subject });
    const context = screen.getByRole('region', { name: 'Innlegget kommentarene svarer på' });
    expect(within(context).getByText('Nå kan du søke om foreldrepenger digitalt.')).toBeTruthy();
    const thread = screen.getByRole('list', { name: 'Meldinger (2)' });
    expect(within(thread).getByText('Siri Hansen (innbygger)')).toBeTruthy();
    expect(within(thread).getByText('Ola Veileder (NAV)')).toBeTruthy();
    expect(within(thread).getAllByText('Offentlig')).toHaveLength(2);
  });

  it('offers approve, suggest a change and send back only on a partner’s waiting reply, never on my own', async () => {
    fakeServer(inboxRoutes(advisor, { [GET]: () => json(conversation) }));
    renderApp('/innboks/samtale/40');

    await screen.findByRole('heading', { level: 1, name: summary.subject });
    const partners = replyCard('Hei Siri! Utbetalingen kommer innen den 25.');
    const decision = partners.getByRole('group', { name: 'Behandle svaret fra Ola Veileder' });
    for (const name of ['Godkjenn', 'Foreslå endring', 'Send tilbake']) expect(within(decision).getByRole('button', { name })).toBeTruthy();

    const mine = replyCard('Mitt utkast.');
    expect(mine.getByText('Venter på godkjenning')).toBeTruthy();
    expect(mine.getByText('Venter på at en makker i teamet godkjenner svaret.')).toBeTruthy();
    expect(mine.queryByRole('button', { name: 'Godkjenn' })).toBeNull();
    expect(mine.getByRole('button', { name: 'Rediger svaret' })).toBeTruthy();

    const rejected = replyCard('For lang.');
    expect(rejected.getByText('Sendt tilbake')).toBeTruthy();
    expect(rejected.getByText('Sendt tilbake av Ola Veileder: «Kortere, takk.»')).toBeTruthy();
    expect(rejected.getByRole('button', { name: 'Rediger og send til godkjenning igjen' })).toBeTruthy();
    expect(rejected.queryByRole('button', { name: 'Godkjenn' })).toBeNull();

    expect(screen.getAllByRole('button', { name: 'Godkjenn' })).toHaveLength(1);
  });

  it('approves a partner’s reply and sends a reply back with a comment', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const { calls } = fakeServer(
      inboxRoutes(advisor, {
        [GET]: () => json(conversation),
        'POST /api/v1/approvals/91/approve': () => json(reply(91, { status: 'APPROVED', approver: kari })),
        'POST /api/v1/approvals/91/reject': () => json(reply(91, { status: 'REJECTED', rejectionComment: 'Nei' })),
      }),
    );
    renderApp('/innboks/samtale/40');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Godkjenn' }));
    expect(await screen.findByText('Svaret er godkjent og sendes.')).toBeTruthy();
    expect(calls.find((c) => c.key === 'POST /api/v1/approvals/91/approve')?.init.body).toBeUndefined();

    await user.click(screen.getByRole('button', { name: 'Send tilbake' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send svaret tilbake' });
    await waitFor(() => expect((dialog as HTMLDialogElement).open).toBe(true));
    await user.click(within(dialog).getByRole('button', { name: 'Send tilbake' }));
    expect(await within(dialog).findByText('Skriv en kommentar til forfatteren.')).toBeTruthy();
    expect(calls.some((c) => c.key === 'POST /api/v1/approvals/91/reject')).toBe(false);
    await user.type(within(dialog).getByLabelText('Kommentar til forfatteren'), 'Husk lenken til søknaden.');
    await user.click(within(dialog).getByRole('button', { name: 'Send tilbake' }));
    expect(await screen.findByText('Svaret er sendt tilbake til forfatteren.')).toBeTruthy();
    expect(bodyOf(calls, 'POST /api/v1/approvals/91/reject')).toEqual({ comment: 'Husk lenken til søknaden.' });
  });

  it('sends the approver’s edit back to the author rather than approving it', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const { calls } = fakeServer(
      inboxRoutes(advisor, {
        [GET]: () => json(conversation),
        'POST /api/v1/approvals/91/approve': () =>
          json(reply(91, { body: 'Hei Siri! Pengene kommer den 25.', edited: true, proposedEdit: { by: kari, previousBody: 'Hei Siri! Utbetalingen kommer innen den 25.' } })),
      }),
    );
    renderApp('/innboks/samtale/40');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Foreslå endring' }));
    const dialog = await screen.findByRole('dialog', { name: 'Foreslå en endring i svaret' });
    expect(within(dialog).getByText(/Ingenting sendes før dere to er enige/)).toBeTruthy();
    await waitFor(() => expect((dialog as HTMLDialogElement).open).toBe(true));
    const text = within(dialog).getByLabelText('Svartekst');
    await user.clear(text);
    await user.type(text, 'Hei Siri! Pengene kommer den 25.');
    await user.click(within(dialog).getByRole('button', { name: 'Send endringen til forfatteren' }));
    expect(await screen.findByText('Endringen er sendt til forfatteren. Svaret sendes når forfatteren har godtatt den.')).toBeTruthy();
    expect(bodyOf(calls, 'POST /api/v1/approvals/91/approve')).toEqual({ body: 'Hei Siri! Pengene kommer den 25.' });
  });

  it('shows a failed delivery with its error and retries it', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const { calls } = fakeServer(
      inboxRoutes(advisor, {
        [GET]: () => json(conversation),
        'POST /api/v1/inbox/replies/94/retry': () => json(reply(94, { status: 'APPROVED' })),
      }),
    );
    renderApp('/innboks/samtale/40');
    const user = userEvent.setup();

    await screen.findByText('Sendingen feilet etter 5 forsøk: Plattformen svarte ikke som den skulle.');
    await user.click(screen.getByRole('button', { name: 'Prøv å sende igjen' }));
    expect(await screen.findByText('Svaret er lagt i kø for et nytt forsøk.')).toBeTruthy();
    expect(calls.some((c) => c.key === 'POST /api/v1/inbox/replies/94/retry')).toBe(true);
  });

  it('sends {body, visibility} for a reply, and shows the server’s field error', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    let answer = () => problem(400, { detail: 'Svaret har feil.', errors: [{ field: 'body', detail: 'Svaret er for langt.' }] });
    const { calls } = fakeServer(
      inboxRoutes(advisor, {
        [GET]: () => json(conversation),
        'POST /api/v1/inbox/conversations/40/replies': () => answer(),
      }),
    );
    renderApp('/innboks/samtale/40');
    const user = userEvent.setup();

    const form = within((await screen.findByRole('region', { name: 'Skriv svar' })) as HTMLElement);
    expect(form.getByText(/går først til makkeren din/)).toBeTruthy();
    await user.click(form.getByRole('radio', { name: /Privat melding til avsenderen/ }));
    await user.type(form.getByLabelText('Svartekst'), 'Send meg en melding.');
    await user.click(form.getByRole('button', { name: 'Send til godkjenning' }));
    expect(await form.findByText('Svaret er for langt.')).toBeTruthy();
    expect(bodyOf(calls, 'POST /api/v1/inbox/conversations/40/replies')).toEqual({ body: 'Send meg en melding.', visibility: 'PRIVATE' });

    answer = () => json(reply(95, { author: kari, body: 'Send meg en melding.', visibility: 'PRIVATE', canEdit: true }), 201);
    await user.click(form.getByRole('button', { name: 'Send til godkjenning' }));
    expect(await screen.findByText('Svaret er sendt til makkeren din for godkjenning.')).toBeTruthy();
    expect((form.getByLabelText('Svartekst') as HTMLTextAreaElement).value).toBe('');
  });

  it('offers only the visibility the account supports, and says why a closed conversation takes no reply', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const publicOnly = { ...conversation, permissions: { ...conversation.permissions, canReplyPrivately: false } };
    fakeServer(
      inboxRoutes(advisor, {
        [GET]: () => json(publicOnly),
        'POST /api/v1/inbox/conversations/40/replies': () =>
          problem(409, { type: PROBLEM_CONVERSATION_CLOSED, detail: 'Samtalen er lukket.' }),
      }),
    );
    renderApp('/innboks/samtale/40');
    const user = userEvent.setup();

    const form = within((await screen.findByRole('region', { name: 'Skriv svar' })) as HTMLElement);
    expect(form.queryByRole('radio')).toBeNull();
    expect(form.getByText('Svaret blir offentlig i tråden.')).toBeTruthy();
    await user.type(form.getByLabelText('Svartekst'), 'Hei');
    await user.click(form.getByRole('button', { name: 'Send til godkjenning' }));
    expect(await form.findByText('Samtalen er lukket.')).toBeTruthy();
  });

  it('fills a canned answer’s placeholders into the reply and records the use without any text', async () => {
    const { calls } = fakeServer(
      inboxRoutes(advisor, {
        [GET]: () => json(conversation),
        'POST /api/v1/search/suggestion-uses': () => new Response(null, { status: 204 }),
      }),
    );
    renderApp('/innboks/samtale/40');
    const user = userEvent.setup();

    await user.selectOptions(await screen.findByLabelText('Standardsvar'), 'Utbetaling');
    await user.click(screen.getByRole('button', { name: 'Sett inn' }));
    expect((screen.getByLabelText('Svartekst') as HTMLTextAreaElement).value).toBe('Hei Siri Hansen! Vi svarer her for NAV Foreldrepenger. Hilsen Kari');
    expect(screen.getByText('Standardsvaret «Utbetaling» er satt inn i svarteksten.')).toBeTruthy();
    const use = calls.find((c) => c.key === 'POST /api/v1/search/suggestion-uses');
    expect(JSON.parse(String(use?.init.body))).toEqual({ source: 'CANNED', id: 1, context: 'INBOX_REPLY' });
  });

  it('assigns to me, adds a label and a note from the side panel', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const { calls } = fakeServer(
      inboxRoutes(advisor, {
        [GET]: () => json(conversation),
        'POST /api/v1/inbox/conversations/40/assignee': () => json({ ...conversation, assignee: { id: 2, name: 'Kari Nordmann', unitName: null } }),
        'PUT /api/v1/inbox/conversations/40/labels': () => json({ ...conversation, labels: ['foreldrepenger', 'utbetaling'] }),
        'POST /api/v1/inbox/conversations/40/notes': () => json({ id: 2, author: advisor, body: 'Ringte bruker.', createdAt: '2025-03-03T10:00:00Z' }, 201),
      }),
    );
    renderApp('/innboks/samtale/40');
    const user = userEvent.setup();
    const side = within(await screen.findByRole('complementary', { name: 'Behandling av samtalen' }));

    await user.click(side.getByRole('button', { name: 'Ta den selv' }));
    expect(await screen.findByText('Kari Nordmann er nå ansvarlig for samtalen.')).toBeTruthy();
    expect(bodyOf(calls, 'POST /api/v1/inbox/conversations/40/assignee')).toEqual({ userId: 2 });

    await user.type(side.getByLabelText('Ny etikett'), 'Ikke gyldig!{Enter}');
    expect(side.getByText('Bruk 1–40 små bokstaver, tall eller bindestrek.')).toBeTruthy();
    await user.clear(side.getByLabelText('Ny etikett'));
    await user.type(side.getByLabelText('Ny etikett'), 'utbetaling{Enter}');
    await waitFor(() => expect(bodyOf(calls, 'PUT /api/v1/inbox/conversations/40/labels')).toEqual({ labels: ['foreldrepenger', 'utbetaling'] }));

    await user.type(side.getByLabelText('Nytt notat'), 'Ringte bruker.');
    await user.click(side.getByRole('button', { name: 'Legg til notat' }));
    expect(await side.findByText('Ringte bruker.')).toBeTruthy();
    expect(side.getByText('Sjekk vedtaket først.')).toBeTruthy();
  });

  it('says so when the conversation belongs to another team', async () => {
    fakeServer(inboxRoutes(advisor, { [GET]: () => problem(404, { title: 'Not Found' }) }));
    renderApp('/innboks/samtale/40');

    expect(await screen.findByText('Fant ikke samtalen. Den finnes ikke, eller den tilhører et annet team.')).toBeTruthy();
  });
});
