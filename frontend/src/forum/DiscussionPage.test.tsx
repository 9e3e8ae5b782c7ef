import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { employee, fakeServer, json } from '../test/fakeServer';
import { renderApp } from '../test/renderApp';
import { discussion, forumRoutes, moderator, moderatorsView } from '../test/forumFixtures';

const MODERATOR_CONTROLS = [/Marker som kvalitetssikret svar/, /Fjern innlegget/, /Løft til direktoratet/, /Bakrom/];

describe('discussion page', () => {
  it('renders the server’s html and puts the verified answer first, marked in words', async () => {
    fakeServer(forumRoutes(employee, { 'GET /api/v1/discussions/100': () => json(discussion) }));
    const { container } = renderApp('/forum/diskusjon/100');

    await screen.findByRole('heading', { level: 1, name: 'Hvordan regnes dagpenger ved permittering?' });
    expect(container.querySelector('em')?.textContent).toBe('dagpengene');
    const box = screen.getByRole('region', { name: 'Kvalitetssikret svar' });
    expect(within(box).getByRole('link', { name: 'rundskrivet' }).getAttribute('href')).toBe('https://lovdata.no');
    expect(within(box).getByText('Fagperson')).toBeTruthy();
    const messages = screen.getByRole('list', { name: 'Innlegg (2)' });
    expect(within(messages).getAllByRole('listitem')).toHaveLength(2);
    expect(within(messages).getAllByText('Kvalitetssikret svar')).toHaveLength(1);
    expect(screen.getAllByText('Kvalitetssikret').length).toBeGreaterThan(0);
  });

  it('shows reactions as toggle buttons with counts', async () => {
    fakeServer(forumRoutes(employee, { 'GET /api/v1/discussions/100': () => json(discussion) }));
    renderApp('/forum/diskusjon/100');

    const helpful = await screen.findByRole('button', { name: 'Nyttig (3)' });
    expect(helpful.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getAllByRole('button', { name: 'Takk (0)' })[0].getAttribute('aria-pressed')).toBe('false');
  });

  it('hides the moderator controls from a plain employee', async () => {
    fakeServer(forumRoutes(employee, { 'GET /api/v1/discussions/100': () => json(discussion) }));
    renderApp('/forum/diskusjon/100');

    await screen.findByRole('heading', { level: 1, name: discussion.title });
    for (const name of MODERATOR_CONTROLS) expect(screen.queryByRole('button', { name })).toBeNull();
    expect(screen.getByRole('button', { name: 'Rediger' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Rapporter' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Følg' })).toBeTruthy();
  });

  it('shows them to the space’s moderator', async () => {
    fakeServer(forumRoutes(moderator, { 'GET /api/v1/discussions/100': () => json(moderatorsView) }));
    renderApp('/forum/diskusjon/100');

    await screen.findByRole('heading', { level: 1, name: discussion.title });
    for (const name of MODERATOR_CONTROLS) expect(screen.getAllByRole('button', { name }).length).toBeGreaterThan(0);
  });

  it('says an escalation raised without a deadline has none', async () => {
    const escalation = {
      id: 8, discussionId: 100, discussionTitle: moderatorsView.title, spaceId: 10, spaceName: 'Dagpenger',
      department: { id: 9, name: 'Fagavdeling arbeid' }, summary: 'Uklart regelverk.', state: 'RAISED',
      raisedBy: { id: 3, name: 'Ola Moderator', unitName: null }, raisedAt: '2025-03-01T10:00:00Z', deadline: null,
      overdue: false, acknowledgedAt: null, answeredAt: null, answer: null, answeredBy: null, closedAt: null,
    };
    fakeServer(
      forumRoutes(moderator, { 'GET /api/v1/discussions/100': () => json({ ...moderatorsView, escalation, escalated: true }) }),
    );
    renderApp('/forum/diskusjon/100');

    const deadline = await screen.findByText('Frist');
    expect(deadline.nextElementSibling?.textContent).toBe('Ingen frist');
    expect(screen.queryByText('Forfalt')).toBeNull();
  });
});
