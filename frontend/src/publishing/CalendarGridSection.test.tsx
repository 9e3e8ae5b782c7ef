import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CalendarEntry, PublishingCalendarDays, PublishingPost } from '../api/types';
import { employee, json, type Handler } from '../test/fakeServer';
import { fakeServer } from '../test/fakeServer';
import { inboxRoutes, pageOf } from '../test/inboxFixtures';
import { renderApp } from '../test/renderApp';
import { violations } from '../test/axe';
import { isoOf } from './calendarGrid';

const editor = { ...employee, roles: ['EMPLOYEE', 'EDITOR'] as typeof employee.roles };
const today = isoOf(new Date());
const at = (hour: number) => new Date(`${today}T${String(hour).padStart(2, '0')}:00:00`).toISOString();

const entry = (n: number): CalendarEntry => ({
  id: n,
  accountId: 7,
  publishAt: at(8 + n),
  status: 'DRAFT',
  title: `Innlegg ${n} om foreldrepenger`,
  themeId: null,
  campaignId: null,
  image: false,
  held: false,
  comments: null,
});

const post = (n: number) =>
  ({
    ...entry(n),
    accountName: 'NAV Foreldrepenger',
    platform: 'FACEBOOK',
    teamId: 1,
    text: `Innlegg ${n} om foreldrepenger`,
    link: null,
    firstComment: null,
    version: 1,
    externalId: null,
    lastError: null,
    rejectionComment: null,
    author: { id: 2, name: 'Hanne Lie', unitName: null },
    approver: null,
    canApprove: false,
    publishedAt: null,
    image: null,
    videoLink: null,
  }) as unknown as PublishingPost;

const days: PublishingCalendarDays = {
  from: today,
  to: today,
  perDay: 5,
  accounts: [{ id: 7, name: 'NAV Foreldrepenger', platform: 'FACEBOOK', dailyTarget: 8 }],
  authors: [{ id: 2, name: 'Hanne Lie', unitName: null }],
  days: [
    {
      date: today,
      posts: 7,
      statuses: [{ status: 'DRAFT', posts: 7 }],
      accounts: [{ accountId: 7, posts: 7, target: 8, underTarget: true }],
      first: [1, 2, 3, 4, 5].map(entry),
      more: 2,
    },
  ],
};

const routes: Record<string, Handler> = {
  'GET /api/v1/publishing/calendar/days': () => json(days),
  'GET /api/v1/publishing/calendar/posts': () => pageOf([1, 2, 3, 4, 5, 6, 7].map(post)),
  'GET /api/v1/publishing/posts/awaiting-approval': () => json([]),
  'GET /api/v1/publishing/sponsorships': () => json([]),
  'GET /api/v1/publishing/wheel': () => json({ year: 2026, themes: [] }),
};

describe('the calendar’s month view', () => {
  it('lists a day’s first posts, flags the target, and opens the whole day from “more” by keyboard', async () => {
    const { calls } = fakeServer(inboxRoutes(editor, routes));
    const { container } = renderApp('/publisering');
    const user = userEvent.setup();

    // The page is loaded lazily: its first render may take a while on a busy machine.
    const grid = await screen.findByRole('table', { name: /en kolonne per ukedag/ }, { timeout: 30000 });
    const cell = grid.querySelector<HTMLElement>(`td[data-day="${today}"]`)!;
    await within(cell).findByText('Innlegg 5 om foreldrepenger', {}, { timeout: 5000 });
    expect(within(cell).queryByText('Innlegg 6 om foreldrepenger')).toBeNull();
    expect(within(cell).getByText('NAV Foreldrepenger: 7 av 8')).toBeTruthy();
    expect(calls.some((c) => c.key.includes('/calendar/days?') && c.key.includes('perDay=5'))).toBe(true);
    expect(calls.some((c) => c.key.includes('/api/v1/publishing/calendar?'))).toBe(false);

    const more = within(cell).getByRole('button', { name: `Vis alle 7 innlegg ${today}` });
    expect(more.textContent).toBe('+2 flere');
    more.focus();
    await user.keyboard('{Enter}');

    const heading = await screen.findByRole('heading', { name: /: 7 innlegg$/ });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const day = heading.closest('section')!;
    expect(await within(day).findByText('Innlegg 7 om foreldrepenger')).toBeTruthy();
    expect(within(day).getByText('Viser 7 av 7')).toBeTruthy();
    expect(within(day).getByText('Utkast: 7')).toBeTruthy();
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(await violations(container)).toEqual([]);

    await user.click(within(day).getByRole('button', { name: 'Lukk dagen' }));
    expect(screen.queryByRole('heading', { name: /: 7 innlegg$/ })).toBeNull();
  }, 60000);
});
