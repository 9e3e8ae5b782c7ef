import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { PublishingCalendarDays } from '../api/types';
import { employee, fakeServer, json, type Handler } from '../test/fakeServer';
import { inboxRoutes } from '../test/inboxFixtures';
import { renderApp } from '../test/renderApp';
import { violations } from '../test/axe';

const editor = { ...employee, roles: ['EMPLOYEE', 'EDITOR'] as typeof employee.roles };

const days: PublishingCalendarDays = { from: '2026-12-07', to: '2026-12-20', perDay: 0, accounts: [], authors: [], days: [] };

const question = (id: number, text: string, times: number) => ({
  id,
  question: text,
  times,
  firstAt: '2026-12-01T10:00:00Z',
  lastAt: '2026-12-04T10:00:00Z',
});

const answer = (id: number, title: string, times: number) => ({
  source: 'FORUM',
  id,
  title,
  space: { id: 3, name: 'Regelverk' },
  times,
});

const noAnswers: Handler = () => json([]);

const routes = (unanswered: Handler, answeredOften: Handler = noAnswers): Record<string, Handler> => ({
  'GET /api/v1/publishing/calendar/days': () => json(days),
  'GET /api/v1/publishing/calendar/posts': () => json({ items: [], page: 0, size: 50, totalElements: 0, totalPages: 0 }),
  'GET /api/v1/publishing/posts/awaiting-approval': () => json([]),
  'GET /api/v1/publishing/sponsorships': () => json([]),
  'GET /api/v1/publishing/wheel': () => json({ year: 2026, themes: [] }),
  'GET /api/v1/search/unanswered': unanswered,
  'GET /api/v1/search/answered-often': answeredOften,
});

describe('questions asked many times this week, beside the calendar', () => {
  it('offers the week’s often-asked questions as text, links to making one a post idea, and leaves out the rare ones', async () => {
    const { calls } = fakeServer(
      inboxRoutes(
        editor,
        routes(() =>
          json([
            question(1, 'når kommer <b>feriepengene</b>', 6),
            question(2, 'hvordan søker jeg om flamingotillegg', 3),
            question(3, 'albatrosstillegg', 2),
          ]),
        ),
      ),
    );
    const { container } = renderApp('/publisering');

    const heading = await screen.findByRole('heading', { name: 'Spurt om mange ganger denne uka' }, { timeout: 30000 });
    const section = heading.closest('section')!;
    const items = within(within(section).getByRole('list', { name: 'Søk som ikke fant noe svar' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'når kommer <b>feriepengene</b> (6 ganger)',
      'hvordan søker jeg om flamingotillegg (3 ganger)',
    ]);
    expect(section.querySelector('li b')).toBeNull();
    expect(within(section).getByRole('link', { name: 'Gjør et spørsmål til en innleggsidé' }).getAttribute('href')).toBe(
      '/sok/ubesvart',
    );
    expect(calls.some((c) => c.key === 'GET /api/v1/search/unanswered?days=7')).toBe(true);
    expect(screen.queryByRole('list', { name: 'Besvart mange ganger i innboksen' })).toBeNull();
    expect(await violations(container)).toEqual([]);
  }, 60000);

  it('offers the answers advisors gave many times over in the inbox, each linked to where it is read', async () => {
    const { calls } = fakeServer(
      inboxRoutes(
        editor,
        routes(
          () => json([]),
          () => json([answer(42, 'Feriepenger av <b>foreldrepenger</b>', 8), answer(43, 'Sjelden', 2)]),
        ),
      ),
    );
    const { container } = renderApp('/publisering');

    const list = await screen.findByRole('list', { name: 'Besvart mange ganger i innboksen' }, { timeout: 30000 });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['Feriepenger av <b>foreldrepenger</b> (Forum, 8 ganger)']);
    expect(within(items[0]).getByRole('link').getAttribute('href')).toBe('/forum/diskusjon/42');
    expect(list.querySelector('li b')).toBeNull();
    expect(calls.some((c) => c.key === 'GET /api/v1/search/answered-often?days=7')).toBe(true);
    expect(await violations(container)).toEqual([]);
  }, 60000);

  it.each([
    ['no question was asked often', () => json([question(3, 'albatrosstillegg', 2)])],
    ['the list cannot be read', () => json({ type: 'about:blank', title: 'Forbidden', status: 403 }, 403)],
  ])('shows nothing when %s', async (_, unanswered) => {
    const { calls } = fakeServer(inboxRoutes(editor, routes(unanswered)));
    renderApp('/publisering');
    await screen.findByRole('heading', { name: 'Publisering' }, { timeout: 30000 });
    await waitFor(() => expect(calls.some((c) => c.key.startsWith('GET /api/v1/search/unanswered'))).toBe(true));
    // Let the answer render before looking for what it must not show.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByRole('heading', { name: 'Spurt om mange ganger denne uka' })).toBeNull();
  }, 60000);
});
