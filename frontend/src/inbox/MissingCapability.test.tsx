import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { fakeServer, json } from '../test/fakeServer';
import { renderApp } from '../test/renderApp';
import { advisor, conversation, inboxRoutes } from '../test/inboxFixtures';

const GET = 'GET /api/v1/inbox/conversations/40';

/** A conversation on a manual channel (Snapchat): nothing can be sent from Samtale, and the page says why. */
const manual = {
  ...conversation,
  replies: [],
  permissions: { ...conversation.permissions, canReply: false, canReplyPrivately: false },
  unavailable: [
    { capability: 'REPLY' as const, reason: 'MANUAL_CHANNEL' as const },
    { capability: 'REPLY_PRIVATELY' as const, reason: 'MANUAL_CHANNEL' as const },
  ],
};

/** A public conversation where the platform has no public replies through its API, only private ones. */
const privateOnly = {
  ...conversation,
  replies: [],
  permissions: { ...conversation.permissions, canReply: false },
  unavailable: [{ capability: 'REPLY' as const, reason: 'NOT_ON_PLATFORM' as const }],
};

// The first render loads the conversation page's code, which is slow on a busy machine.
describe('an action the account lacks', { timeout: 20_000 }, () => {
  it('is a focusable button that does nothing and names the reason by aria-describedby', async () => {
    fakeServer(inboxRoutes(advisor, { [GET]: () => json(manual) }));
    renderApp('/innboks/samtale/40');

    const button = await screen.findByRole('button', { name: 'Send til godkjenning' }, { timeout: 10_000 });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.hasAttribute('disabled')).toBe(false);
    const reason = document.getElementById(button.getAttribute('aria-describedby') ?? '');
    expect(reason?.textContent).toBe('Svare offentlig går ikke her: plattformen har ikke API; det gjøres i plattformens app.');
    expect(button.getAttribute('title')).toBe(reason?.textContent);
  });

  it('beside the one way left, says why the other is missing', async () => {
    fakeServer(inboxRoutes(advisor, { [GET]: () => json(privateOnly) }));
    renderApp('/innboks/samtale/40');

    const missing = await screen.findByRole('button', { name: 'Offentlig svar i tråden' }, { timeout: 10_000 });
    expect(missing.getAttribute('aria-disabled')).toBe('true');
    expect(document.getElementById(missing.getAttribute('aria-describedby') ?? '')?.textContent).toContain('plattformen har ikke dette i sitt API');
    expect(screen.getByText('Svaret blir en privat melding til avsenderen.')).toBeTruthy();
  });
});
