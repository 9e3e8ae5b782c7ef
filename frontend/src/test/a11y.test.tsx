import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { admin, employee, fakeServer, info, json, sessionRoutes } from './fakeServer';
import { renderApp } from './renderApp';
import { violations } from './axe';

describe('accessibility (axe-core, WCAG 2.1 A/AA)', () => {
  it('login page in demo mode with OIDC', async () => {
    fakeServer(sessionRoutes(null, { ...info, demo: true, oidcEnabled: true }));
    const { container } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Logg inn' });
    expect(await violations(container)).toEqual([]);
  });

  it('start page', async () => {
    fakeServer(sessionRoutes(admin, { ...info, demo: true }));
    const { container } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Hei, Ada Admin' });
    expect(await violations(container)).toEqual([]);
  });

  it('profile page with a token', async () => {
    fakeServer({
      ...sessionRoutes(employee),
      'GET /api/v1/me/tokens': () =>
        json([{ id: 1, name: 'ci', prefix: 'st_ab', createdAt: '2025-01-01T10:00:00Z', lastUsedAt: null, expiresAt: null }]),
    });
    const { container } = renderApp('/profil');
    await screen.findByRole('table', { name: 'Mine API-nøkler' });
    expect(await violations(container)).toEqual([]);
  });

  it('users page', async () => {
    const user = { ...employee, enabled: true, locked: true, lockedUntil: '2030-01-01T10:00:00Z' };
    fakeServer({
      ...sessionRoutes(admin),
      'GET /api/v1/admin/users': () => json({ items: [user], page: 0, size: 20, totalElements: 41, totalPages: 3 }),
      'GET /api/v1/units': () => json([{ id: 1, name: 'NAV Grünerløkka', kind: 'NAV_OFFICE', parentId: null }]),
      'GET /api/v1/roles': () => json(['EMPLOYEE', 'ADMIN']),
    });
    const { container } = renderApp('/admin');
    await screen.findByRole('table', { name: 'Brukere' });
    expect(await violations(container)).toEqual([]);
  });
});
