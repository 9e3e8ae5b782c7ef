import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeServer, json, problem } from '../test/fakeServer';
import { renderApp } from '../test/renderApp';
import { violations } from '../test/axe';
import { advisor, conversation, inboxRoutes } from '../test/inboxFixtures';
import type { Conversation } from '../api/types';

const GET = 'GET /api/v1/inbox/conversations/40';
const REVEAL = 'POST /api/v1/inbox/conversations/40/messages/1/reveal';

const flagged: Conversation = {
  ...conversation,
  personalData: true,
  messages: [{ ...conversation.messages[0], body: 'Fnr mitt er •••••••••••', masked: ['national-id'], hiddenOnPlatform: true }, conversation.messages[1]],
};

describe('personal data in the inbox', () => {
  it('shows a flagged conversation with the comment hidden and the number masked', async () => {
    fakeServer(inboxRoutes(advisor, { [GET]: () => json(flagged) }));
    const { container } = renderApp('/innboks/samtale/40');

    await screen.findByText('Fnr mitt er •••••••••••');
    expect(screen.getByText(/delte et fødselsnummer/)).toBeTruthy();
    expect(screen.getByText('Skjult på plattformen')).toBeTruthy();
    expect(screen.getByText('Personopplysninger skjult')).toBeTruthy();
    expect(await violations(container)).toEqual([]);
  });

  it('reveals the text only with a reason, and says the view is logged', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const { calls } = fakeServer(
      inboxRoutes(advisor, {
        [GET]: () => json(flagged),
        [REVEAL]: (init) =>
          JSON.parse(init.body as string).reason
            ? json({ id: 1, body: 'Fnr mitt er 15088510140' })
            : problem(400, { errors: [{ field: 'reason', detail: 'must not be blank' }] }),
      }),
    );
    renderApp('/innboks/samtale/40');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Vis' }));
    await user.click(screen.getByRole('button', { name: 'Vis teksten' }));
    expect(await screen.findByText('Skriv hvorfor du trenger å se personopplysningene.')).toBeTruthy();
    await user.type(screen.getByLabelText('Hvorfor trenger du å se dem?'), 'Må finne saken');
    await user.click(screen.getByRole('button', { name: 'Vis teksten' }));

    expect(await screen.findByText('Fnr mitt er 15088510140')).toBeTruthy();
    expect(screen.getByText(/Visningen og grunnen er lagret i tilgangsloggen/)).toBeTruthy();
    expect(JSON.parse(calls.find((c) => c.key === REVEAL)!.init.body as string)).toEqual({ reason: 'Må finne saken' });
  });

  it('warns the advisor before a reply with an identity number is sent', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    fakeServer(
      inboxRoutes(advisor, {
        [GET]: () => json(conversation),
        'POST /api/v1/privacy/scan': () => json({ findings: [{ type: 'national-id', start: 4, end: 15 }] }),
      }),
    );
    renderApp('/innboks/samtale/40');
    const user = userEvent.setup();

    const field = await screen.findByRole('textbox', { name: 'Svartekst' });
    await user.type(field, 'Fnr 15088510140');

    await waitFor(() => expect(screen.getByText(/ser ut til å inneholde et fødselsnummer/)).toBeTruthy(), { timeout: 3000 });
  });
});
