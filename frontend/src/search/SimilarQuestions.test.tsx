import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { employee, fakeServer, json } from '../test/fakeServer';
import { renderApp } from '../test/renderApp';
import { forumRoutes, topic } from '../test/forumFixtures';
import { similar } from '../test/searchFixtures';

describe('similar questions in the ask form', () => {
  it('suggests earlier questions while the user types, in a polite live region', async () => {
    const { calls } = fakeServer(
      forumRoutes(employee, {
        'GET /api/v1/spaces/10': () => json(topic),
        'GET /api/v1/search/similar': () => json(similar),
      }),
    );
    renderApp('/forum/rom/10/ny');
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('Tittel'), 'Pappa i halv stilling');

    const link = await screen.findByRole('link', { name: /Gradert uttak av foreldrepenger/ }, { timeout: 3000 });
    expect(link.getAttribute('href')).toBe('/forum/diskusjon/42');
    expect(link.closest('[aria-live="polite"]')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Lignende spørsmål' })).toBeTruthy();
    const asked = calls.filter((c) => c.key.startsWith('GET /api/v1/search/similar'));
    // Debounced: one request for the settled text, not one per key.
    expect(asked.length).toBeLessThanOrEqual(2);
    expect(asked.at(-1)?.key).toContain('q=Pappa+i+halv+stilling');
  }, 20_000);

  it('stays quiet when the server has nothing or fails', async () => {
    fakeServer(forumRoutes(employee, { 'GET /api/v1/spaces/10': () => json(topic) }));
    renderApp('/forum/rom/10/ny');

    await userEvent.setup().type(await screen.findByLabelText('Tittel'), 'Et helt nytt spørsmål');
    await new Promise((resolve) => setTimeout(resolve, 600));

    expect(screen.queryByRole('heading', { name: 'Lignende spørsmål' })).toBeNull();
  }, 20_000);
});
