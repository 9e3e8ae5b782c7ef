import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeServer, json } from '../test/fakeServer';
import { renderApp } from '../test/renderApp';
import { page, topic } from '../test/forumFixtures';
import { advisor, conversation, inboxRoutes } from '../test/inboxFixtures';

describe('asking the experts from a conversation', { timeout: 20_000 }, () => {
  it('shows what the experts will read, with personal data taken out, before it is sent', async () => {
    const server = fakeServer(
      inboxRoutes(advisor, {
        'GET /api/v1/inbox/conversations/40': () => json(conversation),
        'GET /api/v1/spaces': () => page([topic]),
        'POST /api/v1/inbox/conversations/40/expert-questions/preview': () =>
          json({ title: 'Utsettelse', body: 'Innbyggeren ([fødselsnummer fjernet]) spør om utsettelse.', removed: ['identity-number'] }),
        'POST /api/v1/inbox/conversations/40/expert-questions': () => json({ discussionId: 77 }, 201),
      }),
    );
    renderApp('/innboks/samtale/40');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Spør fagpersonene' }, { timeout: 10_000 }));
    const section = within(screen.getByRole('region', { name: 'Spør fagpersonene' }));
    expect(await section.findByRole('option', { name: 'Dagpenger' })).toBeTruthy();
    await user.click(section.getByRole('button', { name: 'Forhåndsvis' }));

    expect(await section.findByText('Innbyggeren ([fødselsnummer fjernet]) spør om utsettelse.')).toBeTruthy();
    expect(section.getByText('Fjernet: fødselsnummer')).toBeTruthy();
    await user.click(section.getByRole('button', { name: 'Send til fagpersonene' }));

    expect(await screen.findByText('Spørsmålet er sendt til fagpersonene.')).toBeTruthy();
    const sent = server.calls.find((c) => c.key === 'POST /api/v1/inbox/conversations/40/expert-questions');
    expect(JSON.parse(String(sent?.init.body))).toMatchObject({ spaceId: 10 });
  });

  it('offers the verified answer as a draft of the reply', async () => {
    const answered = {
      ...conversation,
      expertQuestion: { discussionId: 77, title: 'Utsettelse', status: 'VERIFIED', askedAt: '2025-03-01T10:00:00Z', verifiedAnswer: 'Ja, etter § 14-10.' },
    };
    fakeServer(inboxRoutes(advisor, { 'GET /api/v1/inbox/conversations/40': () => json(answered) }));
    renderApp('/innboks/samtale/40');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Bruk svaret som utkast' }, { timeout: 10_000 }));

    const composer = within(screen.getByRole('region', { name: 'Skriv svar' }));
    expect((composer.getByRole('textbox', { name: /Svar/ }) as HTMLTextAreaElement).value).toContain('Ja, etter § 14-10.');
    expect(screen.getAllByText('Kvalitetssikret svar').length).toBeGreaterThan(0);
  });
});
