import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { employee, fakeServer } from '../test/fakeServer';
import { renderApp } from '../test/renderApp';
import { closedGroup, forumRoutes, openGroup, page, topic } from '../test/forumFixtures';

describe('forum home', () => {
  it('lists the topics and groups the server answers with, with staff, counts and tags in words', async () => {
    fakeServer(forumRoutes(employee, { 'GET /api/v1/spaces': () => page([topic, { ...topic, id: 13, name: 'Sykepenger', open: false }, openGroup, closedGroup]) }));
    renderApp('/forum');

    const topics = await screen.findByRole('list', { name: 'Tema i Erfaringsforum' });
    expect(within(topics).getByRole('link', { name: 'Dagpenger' }).getAttribute('href')).toBe('/forum/rom/10');
    expect(within(topics).getAllByText('Ola Moderator (NAV Arbeid og ytelser)')).toHaveLength(2);
    expect(within(topics).getAllByText('Eva Fagperson (Arbeids- og velferdsdirektoratet)')).toHaveLength(2);
    expect(within(topics).getByText('Ikke åpnet ennå')).toBeTruthy();
    const groups = screen.getByRole('list', { name: 'Grupper' });
    expect(within(groups).getByText('Lukket gruppe')).toBeTruthy();
    expect(within(groups).getAllByRole('button', { name: /Bli med/ }).map((b) => b.getAttribute('aria-label'))).toEqual(['Bli med i Veiledere i Oslo']);
  });

  it('joins an open group with the user’s own id and says so', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const { calls } = fakeServer(
      forumRoutes(employee, {
        'GET /api/v1/spaces': () => page([openGroup]),
        'POST /api/v1/spaces/11/members': () => new Response(null, { status: 204 }),
      }),
    );
    renderApp('/forum');

    await userEvent.setup().click(await screen.findByRole('button', { name: 'Bli med i Veiledere i Oslo' }));

    expect(await screen.findByText('Du er nå med i Veiledere i Oslo.')).toBeTruthy();
    const join = calls.find((c) => c.key === 'POST /api/v1/spaces/11/members');
    expect(JSON.parse(join?.init.body as string)).toEqual({ userId: employee.id });
  });

  it('shows the unread notification count in words in the header', async () => {
    fakeServer(forumRoutes(employee, { 'GET /api/v1/spaces': () => page([]) }));
    renderApp('/forum');

    expect(await screen.findByRole('button', { name: 'Varsler, 2 uleste' })).toBeTruthy();
  });
});
