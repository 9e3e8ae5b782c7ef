import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { admin, fakeServer, json, problem, sessionRoutes } from '../test/fakeServer';
import { renderApp } from '../test/renderApp';

const groups = [{ id: 1, words: ['aap', 'arbeidsavklaringspenger'], updatedAt: '2026-11-24T10:00:00Z' }];
const status = {
  documents: 1200,
  rebuilding: false,
  lastRebuild: { finishedAt: '2026-11-24T10:00:00Z', documents: 1200, messages: 5400, millis: 2300 },
  node: 'node-a',
  nodes: [
    { node: 'node-a', cursor: 40, changesBehind: 0, secondsBehind: 0, seenAt: '2026-11-24T10:00:00Z', rebuiltAt: '2026-11-24T09:00:00Z' },
    { node: 'node-b', cursor: 37, changesBehind: 3, secondsBehind: 2, seenAt: '2026-11-24T10:00:00Z', rebuiltAt: null },
  ],
};

describe('search administration', () => {
  it('lists synonym groups and the index, without accessibility violations', async () => {
    fakeServer({
      ...sessionRoutes(admin),
      'GET /api/v1/admin/search/synonyms': () => json(groups),
      'GET /api/v1/admin/search': () => json(status),
    });
    const { container } = renderApp('/admin/sok');

    const row = (await screen.findByText('aap, arbeidsavklaringspenger')).closest('tr') as HTMLElement;
    expect(within(row).getByRole('button', { name: 'Endre: aap' })).toBeTruthy();
    expect(screen.getByText(/Indeksen har 1200 diskusjoner/)).toBeTruthy();
    expect(screen.getByText(/Sist bygget fra 5400 meldinger på 2 sekunder\./)).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'node-a (denne)' })).toBeTruthy();
    const behind = screen.getByRole('rowheader', { name: 'node-b' }).closest('tr') as HTMLElement;
    expect(within(behind).getAllByRole('cell').map((cell) => cell.textContent).slice(0, 2)).toEqual(['3', '2']);
    const result = await axe.run(container, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });

  it('adds a group as a list of words and shows the server’s field error', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    let attempt = 0;
    const { calls } = fakeServer({
      ...sessionRoutes(admin),
      'GET /api/v1/admin/search/synonyms': () => json(groups),
      'GET /api/v1/admin/search': () => json(status),
      'POST /api/v1/admin/search/synonyms': () =>
        ++attempt === 1
          ? problem(400, { type: 'urn:samtale:problem:validation', detail: 'Use letters', field: 'words[1]', errors: [{ field: 'words[1]', detail: 'Use letters' }] })
          : json({ id: 2, words: ['pappa', 'far'], updatedAt: '2026-11-24T10:00:00Z' }, 201),
    });
    renderApp('/admin/sok');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Legg til synonymgruppe' }));
    await user.type(screen.getByLabelText('Ord og uttrykk'), 'pappa, far=>x');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(await screen.findAllByText('Feltet har en ugyldig verdi.')).not.toHaveLength(0);

    await user.clear(screen.getByLabelText('Ord og uttrykk'));
    await user.type(screen.getByLabelText('Ord og uttrykk'), 'pappa, far');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));

    const sent = calls.filter((c) => c.key === 'POST /api/v1/admin/search/synonyms').at(-1);
    expect(JSON.parse(sent?.init.body as string)).toEqual({ words: ['pappa', 'far'] });
  }, 20_000);
});
