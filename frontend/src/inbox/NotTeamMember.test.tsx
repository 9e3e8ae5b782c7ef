import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PROBLEM_NOT_TEAM_MEMBER } from '../api/problems';
import { fakeServer, json, problem } from '../test/fakeServer';
import { renderApp } from '../test/renderApp';
import { advisor, conversation, inboxRoutes } from '../test/inboxFixtures';

describe('someone off the account’s team', { timeout: 20_000 }, () => {
  it('is told that is why, in words, when the server refuses a note with not-team-member', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    fakeServer(
      inboxRoutes(advisor, {
        'GET /api/v1/inbox/conversations/40': () => json(conversation),
        'POST /api/v1/inbox/conversations/40/notes': () =>
          problem(403, { type: PROBLEM_NOT_TEAM_MEMBER, detail: 'You are not on the team that answers this account; only its advisors can do this' }),
      }),
    );
    renderApp('/innboks/samtale/40');
    const user = userEvent.setup();

    const notes = within(await screen.findByRole('region', { name: 'Interne notater' }, { timeout: 10_000 }));
    await user.type(notes.getByLabelText('Nytt notat'), 'Sjekk vedtaket.');
    await user.click(notes.getByRole('button', { name: 'Legg til notat' }));

    expect(await notes.findByText(/^Du er ikke med i teamet for denne kontoen\./)).toBeTruthy();
    expect(screen.queryByText(/You are not on the team/)).toBeNull();
    expect(screen.queryByText('Denne kontoen kan ikke svare fra Samtale.')).toBeNull();
  });
});
