import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PROBLEM_CHAT_SESSION_EXPIRED } from '../api/problems';
import type { WebChatInfo, WebChatMessage } from '../api/types';
import { fakeServer, json, problem, sessionRoutes, type Handler } from '../test/fakeServer';
import { fakeEventSource } from '../test/fakeEventSource';
import { renderApp } from '../test/renderApp';

const BASE = '/api/v1/webchat/7';
const info: WebChatInfo = {
  accountId: 7,
  name: 'NAV Familie',
  openNow: true,
  openingHours: { days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'], opens: '09:00', closes: '15:00', zone: 'Europe/Oslo' },
  expectedWaitMinutes: 6,
  queueLength: 2,
  nextOpening: null,
  session: null,
};
const message = (id: number, from: WebChatMessage['from'], body: string): WebChatMessage => ({
  id,
  from,
  author: from === 'ADVISOR' ? 'Kari' : null,
  body,
  at: '2025-03-03T09:00:00Z',
});

function chatServer(routes: Record<string, Handler>) {
  return fakeServer({ ...sessionRoutes(null), [`GET ${BASE}`]: () => json(info), [`GET ${BASE}/messages`]: () => json([]), ...routes });
}

describe('citizen web chat', () => {
  it('works without an employee login, outside the employee shell, and tells the honest wait', async () => {
    chatServer({});
    renderApp('/chat/7');

    expect(await screen.findByRole('heading', { level: 1, name: 'Chat med NAV Familie' })).toBeTruthy();
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Hovedmeny' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Logg inn' })).toBeNull();
    expect(screen.getByText('Chatten er åpen nå.')).toBeTruthy();
    expect(screen.getByText('Forventet ventetid er omtrent 6 minutter. Det er 2 i kø.')).toBeTruthy();
    expect(screen.getByText('Åpningstid: mandag–fredag kl. 09:00–15:00.')).toBeTruthy();
    // The title is set by an effect, which React may run just after the heading appears.
    await waitFor(() => expect(document.title).toBe('Chat med NAV Familie – NAV'));
    expect(screen.getByRole('main').closest('[lang]')?.getAttribute('lang')).toBe('nb');
  });

  it('says when the chat is closed and offers no start button', async () => {
    chatServer({ [`GET ${BASE}`]: () => json({ ...info, openNow: false, expectedWaitMinutes: null }) });
    renderApp('/chat/7');

    expect(await screen.findByText('Chatten er stengt nå.')).toBeTruthy();
    expect(screen.getByText(/^Den åpner igjen (i dag|i morgen|mandag|tirsdag|onsdag|torsdag|fredag) kl\. 09:00\.$/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Start chat' })).toBeNull();
  });

  it('trusts the server’s next opening (it knows holidays) and reads times written with seconds', async () => {
    chatServer({
      [`GET ${BASE}`]: () =>
        json({ ...info, openNow: false, nextOpening: '2025-12-29T08:00:00Z', openingHours: { days: ['MONDAY'], opens: '09:00:00', closes: '15:00:00' } }),
    });
    renderApp('/chat/7');

    expect(await screen.findByText(/^Den åpner igjen 29\. des\. 2025, \d\d:00\.$/)).toBeTruthy();
    expect(screen.getByText('Åpningstid: mandag kl. 09:00–15:00.')).toBeTruthy();
  });

  it('starts a chat, sends with Enter, keeps Shift+Enter as a new line, and shows advisor replies live', async () => {
    const stream = fakeEventSource();
    const { calls } = chatServer({
      [`POST ${BASE}/session`]: () => json({ id: 'abc', startedAt: '2025-03-03T09:00:00Z' }, 201),
      [`POST ${BASE}/messages`]: (init) => json(message(1, 'CITIZEN', JSON.parse(init.body as string).body), 201),
    });
    renderApp('/chat/7');
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText(/Hva vil du at vi skal kalle deg/), 'Siri');
    await user.click(screen.getByRole('button', { name: 'Start chat' }));
    const input = await screen.findByLabelText('Melding');
    expect(document.activeElement).toBe(input);
    expect(JSON.parse(calls.find((c) => c.key === `POST ${BASE}/session`)?.init.body as string)).toEqual({ name: 'Siri' });

    await user.type(input, 'Hei!{Shift>}{Enter}{/Shift}Når kommer pengene?{Enter}');
    const log = screen.getByRole('log');
    expect(log.getAttribute('aria-live')).toBe('polite');
    expect(await within(log).findByText('Hei! Når kommer pengene?', { normalizer: (s) => s.replace(/\s+/g, ' ') })).toBeTruthy();
    expect(JSON.parse(calls.find((c) => c.key === `POST ${BASE}/messages`)?.init.body as string)).toEqual({ body: 'Hei!\nNår kommer pengene?' });
    expect((input as HTMLTextAreaElement).value).toBe('');

    await stream.emit(`${BASE}/stream`, 'message', message(2, 'ADVISOR', 'Hei Siri, de kommer den 25.'));
    expect(within(log).getByText('Hei Siri, de kommer den 25.')).toBeTruthy();
    expect(within(log).getByText('Kari, NAV')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Last ned samtalen' }).getAttribute('href')).toBe(`${BASE}/transcript`);
  });

  it('explains an expired session, keeps the draft, and starts again', async () => {
    let session: WebChatInfo['session'] = { id: 31, startedAt: '2025-03-03T09:00:00Z' };
    fakeServer({
      ...sessionRoutes(null),
      [`GET ${BASE}`]: () => json({ ...info, session }),
      [`GET ${BASE}/messages`]: () => json([message(1, 'CITIZEN', 'Første melding')]),
      [`POST ${BASE}/messages`]: () => problem(401, { type: PROBLEM_CHAT_SESSION_EXPIRED, detail: 'Økten er utløpt.' }),
      [`POST ${BASE}/session`]: () => json({ id: 'def', startedAt: '2025-03-03T11:00:00Z' }, 201),
    });
    renderApp('/chat/7');
    const user = userEvent.setup();

    expect(await screen.findByText('Første melding')).toBeTruthy();
    await user.type(screen.getByLabelText('Melding'), 'Er dere der?');
    await user.click(screen.getByRole('button', { name: 'Send' }));

    const alert = await screen.findByRole('alert');
    session = null;
    expect(within(alert).getByRole('heading', { name: 'Chatten er utløpt' })).toBeTruthy();
    expect(screen.queryByLabelText('Melding')).toBeNull();
    await user.click(within(alert).getByRole('button', { name: 'Start en ny chat' }));
    await user.click(await screen.findByRole('button', { name: 'Start chat' }));
    expect(((await screen.findByLabelText('Melding')) as HTMLTextAreaElement).value).toBe('Er dere der?');
  });

  it('refuses an empty message before sending', async () => {
    const { calls } = chatServer({ [`GET ${BASE}`]: () => json({ ...info, session: { id: 'abc', startedAt: '2025-03-03T09:00:00Z' } }) });
    renderApp('/chat/7');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Skriv en melding.')).toBeTruthy();
    expect(calls.some((c) => c.key === `POST ${BASE}/messages`)).toBe(false);
  });

  it('says so for an unknown chat', async () => {
    chatServer({ [`GET ${BASE}`]: () => problem(404, { detail: 'Ukjent konto' }) });
    renderApp('/chat/7');

    expect(await screen.findByText('Fant ikke denne chatten. Sjekk adressen.')).toBeTruthy();
  });

  it('never calls the employees’ endpoints, and does not say "chat" twice', async () => {
    const { calls } = chatServer({ [`GET ${BASE}`]: () => json({ ...info, name: 'Chat med NAV om foreldrepenger' }) });
    renderApp('/chat/7');

    expect(await screen.findByRole('heading', { level: 1, name: 'Chat med NAV om foreldrepenger' })).toBeTruthy();
    expect(calls.map((c) => c.key).filter((k) => k.includes('/api/v1/me') || k.includes('/api/v1/info'))).toEqual([]);
  });

  it('promises a quick answer when no one waits, instead of "we cannot estimate; 0 in the queue"', async () => {
    chatServer({ [`GET ${BASE}`]: () => json({ ...info, expectedWaitMinutes: null, queueLength: 0 }) });
    renderApp('/chat/7');

    expect(await screen.findByText('Du får svar om kort tid. Ingen andre venter nå.')).toBeTruthy();
    expect(screen.queryByText(/anslå/)).toBeNull();
  });

  it('signs an advisor’s line with the first name, or with NAV alone when the server names no one', async () => {
    chatServer({
      [`GET ${BASE}`]: () => json({ ...info, session: { id: 'abc', startedAt: '2025-03-03T09:00:00Z' } }),
      [`GET ${BASE}/messages`]: () => json([message(1, 'ADVISOR', 'Hei!'), { ...message(2, 'ADVISOR', 'Ha det!'), author: null }]),
    });
    renderApp('/chat/7');

    const log = await screen.findByRole('log');
    expect(await within(log).findByText('Kari, NAV')).toBeTruthy();
    const signatures = within(log).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(signatures).toEqual([expect.stringMatching(/^Kari, NAV\W/), expect.stringMatching(/^NAV\W/)]);
  });

  it('lets the citizen choose the language, and drops the "chat started" line once the chat has ended', async () => {
    chatServer({
      [`POST ${BASE}/session`]: () => json({ id: 'abc', startedAt: '2025-03-03T09:00:00Z' }, 201),
      [`POST ${BASE}/end`]: () => new Response(null, { status: 204 }),
    });
    renderApp('/chat/7');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Start chat' }));
    expect(await screen.findByText('Chatten er startet. En veileder svarer så snart som mulig.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Avslutt chatten' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Avslutt chatten' }));
    expect(await screen.findByText('Chatten er avsluttet. Takk for at du tok kontakt.')).toBeTruthy();
    expect(screen.queryByText('Chatten er startet. En veileder svarer så snart som mulig.')).toBeNull();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Språk' }), 'en');
    expect(await screen.findByText('The chat has ended. Thank you for getting in touch.')).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });
});
