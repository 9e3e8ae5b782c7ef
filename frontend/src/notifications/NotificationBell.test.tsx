import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { employee, fakeServer, json, sessionRoutes } from '../test/fakeServer';
import { fakeEventSource } from '../test/fakeEventSource';
import { notification, notificationPage } from '../test/notificationFixtures';
import { renderApp } from '../test/renderApp';
import { violations } from '../test/axe';

const assigned = notification(2, {
  kind: 'CONVERSATION_ASSIGNED',
  text: null,
  discussionId: null,
  conversationId: 40,
});

function server(extra = {}) {
  return fakeServer({
    ...sessionRoutes(employee),
    'GET /api/v1/notifications/unread-count': () => json({ count: 2 }),
    'GET /api/v1/notifications': () => notificationPage([notification(1), assigned], 2),
    ...extra,
  });
}

describe('notification bell', () => {
  it('lists the recent ones without marking them read when opened', async () => {
    const { calls } = server();
    const { container } = renderApp('/profil');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Varsler, 2 uleste' }));

    expect(await screen.findByRole('button', { name: /Ny: Nytt innlegg i «Dagpenger under utdanning»/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Ny: Du har fått en samtale/ })).toBeTruthy();
    expect(calls.filter((c) => c.init.method === 'POST')).toEqual([]);
    expect(screen.getByRole('button', { name: 'Varsler, 2 uleste' })).toBeTruthy();
    expect(await violations(container)).toEqual([]);
  });

  it('marks only the chosen one read and goes to its discussion', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const { calls } = server({ 'POST /api/v1/notifications/1/read': () => new Response(null, { status: 204 }) });
    renderApp('/profil');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Varsler, 2 uleste' }));
    await user.click(await screen.findByRole('button', { name: /Nytt innlegg i «Dagpenger under utdanning»/ }));

    expect(await screen.findByRole('button', { name: 'Varsler, 1 uleste' })).toBeTruthy();
    expect(calls.filter((c) => c.init.method === 'POST').map((c) => c.key)).toEqual(['POST /api/v1/notifications/1/read']);
    await waitFor(() => expect(calls.some((c) => c.key.startsWith('GET /api/v1/discussions/20'))).toBe(true));
  });

  it('marks all read only when asked to', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const { calls } = server({ 'POST /api/v1/notifications/read-all': () => new Response(null, { status: 204 }) });
    renderApp('/profil');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Varsler, 2 uleste' }));
    await user.click(await screen.findByRole('button', { name: 'Merk alle som lest' }));

    expect(await screen.findByRole('button', { name: 'Varsler, 0 uleste' })).toBeTruthy();
    expect(calls.filter((c) => c.init.method === 'POST').map((c) => c.key)).toEqual(['POST /api/v1/notifications/read-all']);
  });

  it('counts and announces a new one from the stream', async () => {
    const stream = fakeEventSource();
    server();
    renderApp('/profil');

    await screen.findByRole('button', { name: 'Varsler, 2 uleste' });
    await stream.emit('/api/v1/notifications/stream', 'notification', notification(3, { kind: 'REPLY_SENT_BACK', text: null, discussionId: null, conversationId: 41 }));

    expect(await screen.findByRole('button', { name: 'Varsler, 3 uleste' })).toBeTruthy();
    const header = screen.getByRole('banner');
    expect(within(header).getByText('Nytt varsel: Svaret ditt er sendt tilbake for ny formulering')).toBeTruthy();
  });
});
