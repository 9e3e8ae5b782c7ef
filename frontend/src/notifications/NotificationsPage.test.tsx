import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { employee, fakeServer, json, sessionRoutes } from '../test/fakeServer';
import { notification, notificationPage } from '../test/notificationFixtures';
import { renderApp } from '../test/renderApp';
import { violations } from '../test/axe';

const approval = notification(2, {
  kind: 'REPLY_AWAITS_APPROVAL',
  text: null,
  discussionId: null,
  conversationId: 40,
  replyId: 7,
});
const read = notification(3, { kind: 'ANSWER_VERIFIED', read: true });

describe('notifications page', () => {
  it('lists every notification with its target, unread ones marked, and passes axe', async () => {
    fakeServer({
      ...sessionRoutes(employee),
      'GET /api/v1/notifications/unread-count': () => json({ count: 2 }),
      'GET /api/v1/notifications': () => notificationPage([notification(1), approval, read], 2, 3),
    });
    const { container } = renderApp('/varsler');

    const list = await screen.findByRole('list', { name: 'Varslene dine' });
    const [post, waiting, verified] = within(list).getAllByRole('listitem').map((li) => within(li));
    expect(post.getByRole('link', { name: 'Nytt innlegg i «Dagpenger under utdanning»' }).getAttribute('href')).toBe('/forum/diskusjon/20');
    expect(waiting.getByRole('link', { name: 'Et svar fra teamet ditt venter på godkjenning' }).getAttribute('href')).toBe('/innboks/godkjenning');
    expect(post.getByText('Ny')).toBeTruthy();
    expect(verified.queryByText('Ny')).toBeNull();
    expect(verified.queryByRole('button')).toBeNull();
    expect(screen.getByText('2 uleste')).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Sider med varsler' })).toBeTruthy();
    expect(await violations(container)).toEqual([]);
  });

  it('marks one read, leaving the others, and filters to the unread', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    let firstRead = false;
    const { calls } = fakeServer({
      ...sessionRoutes(employee),
      'GET /api/v1/notifications/unread-count': () => json({ count: 2 }),
      'GET /api/v1/notifications': () =>
        notificationPage([notification(1, { read: firstRead }), approval], firstRead ? 1 : 2),
      'POST /api/v1/notifications/1/read': () => ((firstRead = true), new Response(null, { status: 204 })),
    });
    renderApp('/varsler');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Merk som lest: Nytt innlegg i «Dagpenger under utdanning»' }));

    expect(await screen.findByText('1 uleste')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /^Merk som lest/ })).toHaveLength(1);
    await user.click(screen.getByRole('checkbox', { name: 'Bare uleste' }));
    expect(calls.some((c) => c.key === 'GET /api/v1/notifications?page=0&size=20&unread=true')).toBe(true);
  });

  it('says so when there are none', async () => {
    fakeServer({
      ...sessionRoutes(employee),
      'GET /api/v1/notifications/unread-count': () => json({ count: 0 }),
      'GET /api/v1/notifications': () => notificationPage([], 0),
    });
    renderApp('/varsler');

    expect(await screen.findByText('Du har ingen varsler.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Merk alle som lest' })).toBeNull();
  });
});
