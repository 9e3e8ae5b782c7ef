import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { employee, fakeServer, json, problem } from '../test/fakeServer';
import { renderApp } from '../test/renderApp';
import { forumRoutes, topic } from '../test/forumFixtures';

/** The text of the elements an input names in aria-describedby. */
function description(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('ask form', () => {
  it('shows the server’s field error next to the title and in the error summary', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const { calls } = fakeServer(
      forumRoutes(employee, {
        'GET /api/v1/spaces/10': () => json(topic),
        'POST /api/v1/spaces/10/discussions': () =>
          problem(400, {
            type: 'urn:samtale:problem:validation',
            detail: 'title: size must be between 0 and 200',
            errors: [{ field: 'title', code: 'Size', detail: 'size must be between 0 and 200' }],
          }),
      }),
    );
    renderApp('/forum/rom/10/ny');
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('Tittel'), 'Permittering');
    await user.type(screen.getByLabelText('Spørsmål eller innlegg'), 'Hvordan regnes det?');
    expect((screen.getByRole('checkbox', { name: /Dette er et spørsmål/ }) as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Publiser' }));

    // By the constraint the title broke, named by its label, in the reader's language; never the server's English.
    const summary = await screen.findByRole('link', { name: 'Tittel er for lang eller for kort.' });
    expect(summary.getAttribute('href')).toBe('#ask-title');
    expect(description(screen.getByLabelText('Tittel'))).toContain('Tittel er for lang eller for kort.');
    expect(screen.queryByText(/size must be/)).toBeNull();
    const sent = calls.find((c) => c.key === 'POST /api/v1/spaces/10/discussions');
    expect(JSON.parse(sent?.init.body as string)).toEqual({ title: 'Permittering', body: 'Hvordan regnes det?', question: true });
  });

  it('asks for a title and a body before sending anything', async () => {
    const { calls } = fakeServer(forumRoutes(employee, { 'GET /api/v1/spaces/10': () => json(topic) }));
    renderApp('/forum/rom/10/ny');

    await userEvent.setup().click(await screen.findByRole('button', { name: 'Publiser' }));

    const summary = await screen.findByText('Rett opp dette før du går videre:');
    expect(within(summary.closest('div') as HTMLElement).getByRole('link', { name: 'Skriv en tittel.' })).toBeTruthy();
    expect(calls.some((c) => c.key.startsWith('POST'))).toBe(false);
  });
});
