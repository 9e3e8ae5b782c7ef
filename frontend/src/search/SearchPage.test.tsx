import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { employee, fakeServer, json, problem, sessionRoutes } from '../test/fakeServer';
import { renderApp } from '../test/renderApp';
import { topic } from '../test/forumFixtures';
import { hit } from '../test/searchFixtures';

const page = (items = [hit], total = items.length) => json({ items, page: 0, size: 20, totalElements: total, totalPages: Math.ceil(total / 20) });

describe('search page', () => {
  it('marks matched words, shows escaped text as text and announces the count', async () => {
    fakeServer({
      ...sessionRoutes(employee),
      'GET /api/v1/spaces': () => json({ items: [topic], page: 0, size: 100, totalElements: 1, totalPages: 1 }),
      'GET /api/v1/search': () => page([hit], 41),
    });
    const { container } = renderApp('/sok?q=foreldrepenger');

    const link = await screen.findByRole('link', { name: 'Gradert uttak av foreldrepenger' });
    expect(link.getAttribute('href')).toBe('/forum/diskusjon/42');
    expect(within(link).getByText('foreldrepenger').tagName).toBe('MARK');
    expect(screen.getByText(/<script>alert\(1\)<\/script>/)).toBeTruthy();
    expect(container.querySelector('script')).toBeNull();
    expect(screen.getByText('41 treff').closest('[aria-live="polite"]')).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Sider med søkeresultater' })).toBeTruthy();

    const result = await axe.run(container, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });

  it('sends the words and filters and keeps them in the address', async () => {
    const { calls } = fakeServer({
      ...sessionRoutes(employee),
      'GET /api/v1/spaces': () => json({ items: [topic], page: 0, size: 100, totalElements: 1, totalPages: 1 }),
      'GET /api/v1/search': () => page([]),
    });
    renderApp('/sok');
    const user = userEvent.setup();

    await user.type(await screen.findByRole('searchbox', { name: 'Søkeord' }), 'aap ferie');
    await user.selectOptions(screen.getByLabelText('Status'), 'VERIFIED');
    await user.selectOptions(screen.getByLabelText('Sortering'), 'newest');
    await user.click(screen.getByRole('button', { name: 'Søk' }));

    expect(await screen.findByText('Ingen treff. Prøv andre ord eller færre filtre.')).toBeTruthy();
    const last = calls.filter((c) => c.key.startsWith('GET /api/v1/search')).at(-1);
    expect(last?.key).toBe('GET /api/v1/search?q=aap+ferie&status=VERIFIED&sort=newest&page=0&size=20');
  });

  it('never shows the previous (unfiltered) results while the address’s filters are searched', async () => {
    let answered = 0;
    let answer: (r: Response) => void = () => {};
    fakeServer({
      ...sessionRoutes(employee),
      'GET /api/v1/spaces': () => json({ items: [topic], page: 0, size: 100, totalElements: 1, totalPages: 1 }),
      'GET /api/v1/search': () => (answered++ === 0 ? page([hit], 1) : new Promise<Response>((resolve) => (answer = resolve))),
    });
    renderApp('/sok');
    const user = userEvent.setup();

    expect(await screen.findByRole('link', { name: 'Gradert uttak av foreldrepenger' })).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Status'), 'VERIFIED');
    await user.click(screen.getByRole('button', { name: 'Søk' }));

    expect(screen.queryByRole('link', { name: 'Gradert uttak av foreldrepenger' })).toBeNull();
    expect(screen.queryByText('1 treff')).toBeNull();
    answer(await page([], 0));
    expect(await screen.findByText('Ingen treff. Prøv andre ord eller færre filtre.')).toBeTruthy();
  });

  it('shows the server’s complaint about the words next to the search box', async () => {
    fakeServer({
      ...sessionRoutes(employee),
      'GET /api/v1/spaces': () => json({ items: [], page: 0, size: 100, totalElements: 0, totalPages: 0 }),
      'GET /api/v1/search': () =>
        problem(400, { type: 'urn:samtale:problem:validation', detail: 'q must be at most 1000 characters', field: 'q', errors: [{ field: 'q', code: 'Size', detail: 'q must be at most 1000 characters' }] }),
    });
    renderApp('/sok?q=x');

    // In the reader's language, by the constraint the words broke; never the server's English.
    expect(await screen.findAllByText('Feltet er for lang eller for kort.')).not.toHaveLength(0);
    expect(screen.queryByText('q must be at most 1000 characters')).toBeNull();
  });

  it('filters by source and shows where a nettprat answer is read', async () => {
    const nettprat = { ...hit, source: 'NETTPRAT', id: 7, space: { id: 3, name: 'Nettprat med direktøren' }, status: 'ANSWERED' } as unknown as typeof hit;
    const { calls } = fakeServer({
      ...sessionRoutes(employee),
      'GET /api/v1/spaces': () => json({ items: [topic], page: 0, size: 100, totalElements: 1, totalPages: 1 }),
      'GET /api/v1/search': () => page([nettprat]),
    });
    renderApp('/sok');
    const user = userEvent.setup();

    await user.type(await screen.findByRole('searchbox', { name: 'Søkeord' }), 'hjemmekontor');
    await user.selectOptions(screen.getByLabelText('Kilde'), 'NETTPRAT');
    await user.click(screen.getByRole('button', { name: 'Søk' }));

    const link = await screen.findByRole('link', { name: /Gradert uttak/ });
    expect(link.getAttribute('href')).toBe('/nettprat/3');
    expect(within(link.closest('li') as HTMLElement).getByText('Nettprat')).toBeTruthy();
    const last = calls.filter((c) => c.key.startsWith('GET /api/v1/search')).at(-1);
    expect(last?.key).toBe('GET /api/v1/search?q=hjemmekontor&source=NETTPRAT&sort=relevance&page=0&size=20');
    expect(screen.queryByRole('link', { name: 'Spørsmål uten svar' })).toBeNull();
  });
});
