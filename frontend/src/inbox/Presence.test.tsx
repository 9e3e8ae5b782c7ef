import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PROBLEM_OTHERS_ON_CONVERSATION } from '../api/problems';
import { fakeServer, json, problem } from '../test/fakeServer';
import { violations } from '../test/axe';
import { renderApp } from '../test/renderApp';
import { advisor, conversation, inboxRoutes, kari } from '../test/inboxFixtures';

const GET = 'GET /api/v1/inbox/conversations/40';
const PRESENCE = 'POST /api/v1/inbox/conversations/40/presence';
const REPLIES = 'POST /api/v1/inbox/conversations/40/replies';
const rader = { id: 8, name: 'Kari Rådgiver', unitName: 'NAV Kontaktsenter Hordaland' };

describe('presence on a conversation', () => {
  it('says who else is on the conversation, and that my draft is being written', async () => {
    const { calls } = fakeServer(
      inboxRoutes(advisor, {
        [GET]: () => json(conversation),
        [PRESENCE]: () => json({ others: [{ person: rader, writing: false }] }),
      }),
    );
    const { container } = renderApp('/innboks/samtale/40');
    const user = userEvent.setup();

    expect(await screen.findByText('Kari Rådgiver ser også på denne samtalen.')).toBeTruthy();
    expect(await violations(container)).toEqual([]);
    const form = within((await screen.findByRole('region', { name: 'Skriv svar' })) as HTMLElement);
    await user.type(form.getByLabelText('Svartekst'), 'Hei');
    await waitFor(() => expect(calls.filter((c) => c.key === PRESENCE).some((c) => JSON.parse(String(c.init.body)).writing === true)).toBe(true));
  });

  it('asks before a second reply when someone else is answering, and sends it with acknowledgeOthers once confirmed', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const { calls } = fakeServer(
      inboxRoutes(advisor, {
        [GET]: () => json(conversation),
        [PRESENCE]: () => json({ others: [{ person: rader, writing: true }] }),
        [REPLIES]: (init) =>
          JSON.parse(String(init.body)).acknowledgeOthers
            ? json({ ...conversation.replies[0], id: 99, author: kari, status: 'AWAITING_APPROVAL', body: 'Hei Siri!' }, 201)
            : problem(409, { type: PROBLEM_OTHERS_ON_CONVERSATION, field: 'acknowledgeOthers', detail: 'Someone else is answering' }),
      }),
    );
    renderApp('/innboks/samtale/40');
    const user = userEvent.setup();

    expect(await screen.findByText('Kari Rådgiver ser også på denne samtalen og skriver et svar.')).toBeTruthy();
    const form = within((await screen.findByRole('region', { name: 'Skriv svar' })) as HTMLElement);
    await user.type(form.getByLabelText('Svartekst'), 'Hei Siri!');
    await user.click(form.getByRole('button', { name: 'Send til godkjenning' }));

    const dialog = await screen.findByRole('dialog', { name: 'Noen andre svarer allerede' });
    expect(within(dialog).getByText(/Kari Rådgiver er også på denne samtalen/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Send likevel' }));

    expect(await screen.findByText('Svaret er sendt til makkeren din for godkjenning.')).toBeTruthy();
    const sent = calls.filter((c) => c.key === REPLIES).map((c) => JSON.parse(String(c.init.body)));
    expect(sent).toHaveLength(2);
    expect(sent[0].acknowledgeOthers).toBeUndefined();
    expect(sent[1]).toMatchObject({ body: 'Hei Siri!', acknowledgeOthers: true });
  });
});
