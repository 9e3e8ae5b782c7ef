import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { employee, fakeServer, json, sessionRoutes } from '../test/fakeServer';
import { renderApp } from '../test/renderApp';

const editor = { ...employee, id: 5, username: 'redaktor', name: 'Hanne Lie', roles: ['EMPLOYEE', 'EDITOR'] } as typeof employee;
const questions = [
  { id: 11, question: 'hvordan får jeg flamingotillegg', times: 4, firstAt: '2026-03-01T10:00:00Z', lastAt: '2026-03-04T10:00:00Z' },
  { id: 12, question: 'albatross <b>tillegg</b>', times: 1, firstAt: '2026-03-02T10:00:00Z', lastAt: '2026-03-02T10:00:00Z' },
];
const answered = [
  { source: 'FORUM', id: 42, title: 'Feriepenger av <i>foreldrepenger</i>', space: { id: 3, name: 'Regelverk' }, times: 9 },
  { source: 'CANNED', id: 7, title: 'Saksbehandlingstid', space: { id: 1, name: 'NAV Familie' }, times: 4 },
];

describe('questions without an answer', () => {
  it('lists the most asked first and turns one into a post idea on a chosen theme', async () => {
    const { calls } = fakeServer({
      ...sessionRoutes(editor),
      'GET /api/v1/search/unanswered': () => json(questions),
      'GET /api/v1/search/answered-often': () => json(answered),
      'GET /api/v1/publishing/wheel': () => json({ themes: [{ id: 77, title: 'Foreldrepenger i skattemeldingen' }] }),
      'POST /api/v1/publishing/themes/77/ideas': () => json({ id: 1, themeId: 77, text: 'x', authorId: 5, postId: null }, 201),
    });
    const { container } = renderApp('/sok/ubesvart');
    const user = userEvent.setup();

    const table = await screen.findByRole('table', { name: 'Spørsmål uten svar' }, { timeout: 5000 });
    const rows = within(table).getAllByRole('row');
    expect(within(rows[1]).getByText('hvordan får jeg flamingotillegg')).toBeTruthy();
    expect(within(rows[2]).getByText('albatross <b>tillegg</b>')).toBeTruthy();
    expect(container.querySelector('td b')).toBeNull();

    const theme = await screen.findByLabelText('Tema for innleggsidé');
    // The themes load on their own: choose one once it is there.
    await waitFor(() => expect(theme.querySelector('option[value="77"]')).not.toBeNull());
    await user.selectOptions(theme, '77');
    await user.click(within(rows[1]).getByRole('button', { name: 'Lag innleggsidé' }));
    expect(await screen.findByText('Ideen er lagt til temaet.')).toBeTruthy();
    const idea = calls.find((c) => c.key === 'POST /api/v1/publishing/themes/77/ideas');
    expect(JSON.parse(String(idea?.init.body))).toEqual({ text: 'hvordan får jeg flamingotillegg' });

    // The answers given most often in the inbox: each links to where it is read and becomes an idea by its title.
    const often = await screen.findByRole('table', { name: 'Besvart mange ganger i innboksen' });
    const answeredRows = within(often).getAllByRole('row');
    const first = within(answeredRows[1]).getByRole('link', { name: 'Feriepenger av <i>foreldrepenger</i>' });
    expect(first.getAttribute('href')).toBe('/forum/diskusjon/42');
    expect(within(answeredRows[1]).getByText('9')).toBeTruthy();
    expect(within(answeredRows[2]).getByText('Standardsvar')).toBeTruthy();
    expect(container.querySelector('td i')).toBeNull();
    await user.click(within(answeredRows[1]).getByRole('button', { name: 'Lag innleggsidé' }));
    await waitFor(() => expect(calls.filter((c) => c.key === 'POST /api/v1/publishing/themes/77/ideas')).toHaveLength(2));
    const second = calls.filter((c) => c.key === 'POST /api/v1/publishing/themes/77/ideas')[1];
    expect(JSON.parse(String(second.init.body))).toEqual({ text: 'Feriepenger av <i>foreldrepenger</i>' });

    const result = await axe.run(container, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  }, 40_000);

  it('lets a moderator dismiss a question but offers no post idea', async () => {
    const moderator = { ...editor, username: 'moderator', roles: ['EMPLOYEE', 'MODERATOR'] } as typeof employee;
    let list = questions;
    const { calls } = fakeServer({
      ...sessionRoutes(moderator),
      'GET /api/v1/search/unanswered': () => json(list),
      'GET /api/v1/search/answered-often': () => json([]),
      'DELETE /api/v1/search/unanswered/11': () => ((list = questions.slice(1)), new Response(null, { status: 204 })),
    });
    renderApp('/sok/ubesvart');
    const user = userEvent.setup();

    const table = await screen.findByRole('table', { name: 'Spørsmål uten svar' }, { timeout: 5000 });
    expect(within(table).queryByRole('button', { name: 'Lag innleggsidé' })).toBeNull();
    await user.click(within(within(table).getAllByRole('row')[1]).getByRole('button', { name: 'Fjern fra lista' }));
    expect(await screen.findByText('Spørsmålet er fjernet fra lista.')).toBeTruthy();
    expect(calls.some((c) => c.key === 'DELETE /api/v1/search/unanswered/11')).toBe(true);
    expect(screen.queryByText('hvordan får jeg flamingotillegg')).toBeNull();
    expect(screen.getByText('Ingen svar er satt inn flere ganger i perioden.')).toBeTruthy();
  });
});
