import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeServer, json } from '../test/fakeServer';
import { renderApp } from '../test/renderApp';
import { discussion } from '../test/forumFixtures';
import { advisor, conversation, inboxRoutes } from '../test/inboxFixtures';
import { similar } from '../test/searchFixtures';

describe('forum answers beside an inbox question', { timeout: 20_000 }, () => {
  it('go into the reply being written with «Sett inn», the verified answer first', async () => {
    fakeServer(
      inboxRoutes(advisor, {
        'GET /api/v1/inbox/conversations/40': () => json(conversation),
        'GET /api/v1/search/similar': () => json(similar),
        'GET /api/v1/discussions/42': () => json(discussion),
      }),
    );
    renderApp('/innboks/samtale/40');
    const user = userEvent.setup();

    await screen.findByRole('link', { name: /Gradert uttak av foreldrepenger/ }, { timeout: 10_000 });
    const insert = await screen.findByRole('button', { name: 'Sett inn svaret fra «Gradert uttak av foreldrepenger» i svaret ditt' }, { timeout: 10_000 });
    const composer = within(screen.getByRole('region', { name: 'Skriv svar' }));
    await user.type(composer.getByRole('textbox', { name: /Svar/ }), 'Hei!');
    await user.click(insert);

    expect(await screen.findByText('Svaret fra «Gradert uttak av foreldrepenger» er satt inn i svarteksten.')).toBeTruthy();
    expect((composer.getByRole('textbox', { name: /Svar/ }) as HTMLTextAreaElement).value).toContain('Se rundskrivet.');
    expect((composer.getByRole('textbox', { name: /Svar/ }) as HTMLTextAreaElement).value).toMatch(/^Hei!/);
  });

  it('show a canned answer, a post and a nettprat answer with their source, to read but not to insert', async () => {
    const others = [
      { id: 5, title: 'Saksbehandlingstid', space: { id: 1, name: 'NAV Foreldrepenger' }, verified: false, score: 3, source: 'CANNED' },
      { id: 6, title: 'Foreldrepenger ved adopsjon', space: { id: 1, name: 'NAV Foreldrepenger' }, verified: false, score: 2, source: 'POST' },
      { id: 7, title: 'Nettprat med direktøren', space: { id: 3, name: 'Nettprat med direktøren' }, verified: false, score: 1, source: 'NETTPRAT' },
    ] as unknown as typeof similar;
    fakeServer(
      inboxRoutes(advisor, {
        'GET /api/v1/inbox/conversations/40': () => json(conversation),
        'GET /api/v1/search/similar': () => json(others),
      }),
    );
    renderApp('/innboks/samtale/40');

    const nettprat = await screen.findByRole('link', { name: /Nettprat med direktøren/ }, { timeout: 10_000 });
    expect(nettprat.getAttribute('href')).toBe('/nettprat/3');
    expect(within(nettprat.closest('li') as HTMLElement).getByText('Nettprat', { selector: 'span, div' })).toBeTruthy();
    const canned = screen.getByRole('link', { name: /Saksbehandlingstid/ });
    expect(within(canned.closest('li') as HTMLElement).getByText('Standardsvar')).toBeTruthy();
    const post = screen.getByRole('link', { name: /Foreldrepenger ved adopsjon/ });
    expect(within(post.closest('li') as HTMLElement).getByText('Publisert innlegg')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Sett inn svaret fra/ })).toBeNull();
  });
});
