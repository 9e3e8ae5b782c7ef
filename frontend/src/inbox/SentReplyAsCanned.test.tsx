import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeServer, json } from '../test/fakeServer';
import { renderApp } from '../test/renderApp';
import { advisor, conversation, inboxRoutes, reply } from '../test/inboxFixtures';

describe('a sent public reply', { timeout: 20_000 }, () => {
  it('can be saved as a canned answer of the team', async () => {
    const sent = reply(95, { body: 'Utbetalingen kommer den 25.', status: 'SENT' });
    const server = fakeServer(
      inboxRoutes(advisor, {
        'GET /api/v1/inbox/conversations/40': () => json({ ...conversation, replies: [sent] }),
        'POST /api/v1/inbox/teams/1/canned-answers': () => json({ id: 7, teamId: 1, title: 'Utbetalingsdato', body: 'Utbetalingen kommer den 25.' }, 201),
      }),
    );
    renderApp('/innboks/samtale/40');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Lagre som standardsvar' }, { timeout: 10_000 }));
    const dialog = within(await screen.findByRole('dialog'));
    expect((dialog.getByRole('textbox', { name: /Tekst|Svar/ }) as HTMLTextAreaElement).value).toBe('Utbetalingen kommer den 25.');
    await user.type(dialog.getByRole('textbox', { name: /Tittel/ }), 'Utbetalingsdato');
    await user.click(dialog.getByRole('button', { name: 'Lagre' }));

    expect(await screen.findByText('Standardsvaret «Utbetalingsdato» er lagret.')).toBeTruthy();
    const saved = server.calls.find((c) => c.key === 'POST /api/v1/inbox/teams/1/canned-answers');
    expect(JSON.parse(String(saved?.init.body))).toEqual({ title: 'Utbetalingsdato', body: 'Utbetalingen kommer den 25.' });
  });
});
