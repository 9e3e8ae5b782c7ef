import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { AuditEntry } from '../api/types';
import { dictionaries } from '../i18n/i18n';
import { fakeServer, json } from '../test/fakeServer';
import { renderApp } from '../test/renderApp';
import { violations } from '../test/axe';
import { forumRoutes, moderator, page, topic } from '../test/forumFixtures';
import { FORUM_AUDIT_ACTIONS } from './auditLine';

const marit = { id: 3, name: 'Marit Sønsteby', unitName: null };
const at = '2026-12-01T10:15:00Z';
const entries: AuditEntry[] = [
  { id: 4, actor: marit, action: 'VERIFY_ANSWER', target: { kind: 'MESSAGE', id: 12, name: 'Gradert uttak', discussionId: 7 }, detail: null, at },
  { id: 3, actor: marit, action: 'ADD_MEMBER', target: { kind: 'USER', id: 5, name: 'Kari Nordmann', discussionId: null }, detail: null, at },
  { id: 2, actor: marit, action: 'REMOVE_MESSAGE', target: { kind: 'MESSAGE', id: 9, name: null, discussionId: null }, detail: 'Bryter med retningslinjene', at },
  { id: 1, actor: marit, action: 'OTHER', target: null, detail: null, at },
];

function serve() {
  fakeServer(
    forumRoutes(moderator, {
      'GET /api/v1/spaces/10': () => json(topic),
      'GET /api/v1/spaces/10/audit': () => page(entries),
    }),
  );
}

describe('the space log', () => {
  afterEach(() => localStorage.clear());

  it('has a sentence for every action the server may report, in every language', () => {
    for (const [language, dictionary] of Object.entries(dictionaries)) {
      for (const action of FORUM_AUDIT_ACTIONS) {
        const text = (dictionary as Record<string, string>)[`forum.audit.line.${action}`];
        expect(text, `${language} ${action}`).toBeTruthy();
        expect(text, `${language} ${action}`).toContain('{actor}');
      }
    }
  });

  it('says each entry in words, with names and titles and no code', async () => {
    serve();
    const { container } = renderApp(`/forum/rom/${topic.id}/logg`);

    const table = await screen.findByRole('table', { name: 'Loggføringer' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0].textContent).toContain('Marit Sønsteby kvalitetssikret et svar i «Gradert uttak».');
    expect(within(rows[0]).getByRole('link', { name: '«Gradert uttak»' }).getAttribute('href')).toBe('/forum/diskusjon/7');
    expect(within(rows[2]).queryByRole('link')).toBeNull();
    expect(rows[1].textContent).toContain('Marit Sønsteby la til Kari Nordmann som medlem.');
    expect(rows[2].textContent).toContain('Marit Sønsteby fjernet et innlegg i en tråd som er slettet.');
    expect(rows[2].textContent).toContain('Bryter med retningslinjene');
    expect(rows[3].textContent).toContain('Marit Sønsteby gjorde en endring i rommet.');
    const shown = table.textContent ?? '';
    for (const code of [...FORUM_AUDIT_ACTIONS, 'MESSAGE', 'USER', 'message 12', 'user 5', 'forum.audit']) {
      expect(shown).not.toContain(code);
    }
    expect(await violations(container)).toEqual([]);
  });

  it('says it in English to an English reader', async () => {
    localStorage.setItem('samtale.language', 'en');
    serve();
    renderApp(`/forum/rom/${topic.id}/logg`);

    const table = await screen.findByRole('table', { name: 'Log entries' });
    expect(table.textContent).toContain('Marit Sønsteby quality-assured an answer in “Gradert uttak”.');
  });
});
