import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { admin, fakeServer, json, sessionRoutes } from '../test/fakeServer';
import { renderApp } from '../test/renderApp';

const axeRules = {
  runOnly: { type: 'tag' as const, values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  rules: { 'color-contrast': { enabled: false } },
};

describe('analytics counting for administrators', () => {
  it('says how far counting has come and lists the messages it had to skip', async () => {
    fakeServer({
      ...sessionRoutes(admin),
      'GET /api/v1/admin/analytics/follower': () =>
        json({
          place: 9120,
          newest: 9135,
          idsBehind: 15,
          skipped: 2,
          latestSkips: [
            { messageId: 8001, skippedAt: '2026-12-05T10:00:00Z', failure: 'java.lang.IllegalStateException' },
            { messageId: 7002, skippedAt: '2026-12-04T09:00:00Z', failure: 'org.springframework.dao.DataIntegrityViolationException' },
          ],
        }),
    });
    const { container } = renderApp('/admin/statistikk');

    expect(await screen.findByRole('heading', { level: 1, name: 'Telling til statistikken' })).toBeTruthy();
    expect(await screen.findByText(/Telt til og med melding 9120\. Nyeste melding er 9135, så tellingen ligger 15 meldingsnummer bak\./)).toBeTruthy();
    expect(screen.getByText(/2 meldinger kunne ikke telles/)).toBeTruthy();
    const row = screen.getByRole('rowheader', { name: '8001' }).closest('tr') as HTMLElement;
    expect(within(row).getByText('java.lang.IllegalStateException')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Statistikktelling' })).toBeTruthy();
    const result = await axe.run(container, axeRules);
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });

  it('says so when nothing was skipped', async () => {
    fakeServer({
      ...sessionRoutes(admin),
      'GET /api/v1/admin/analytics/follower': () => json({ place: 10, newest: 10, idsBehind: 0, skipped: 0, latestSkips: [] }),
    });
    renderApp('/admin/statistikk');

    expect(await screen.findByText('Ingen meldinger er hoppet over.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
