import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { employee, fakeServer, json, problem } from '../test/fakeServer';
import { renderApp } from '../test/renderApp';
import { closedGroup, discussion, forumRoutes, moderator, moderatorsView, openGroup, page, topic } from './forumFixtures';

async function violations(container: HTMLElement) {
  const result = await axe.run(container, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    // jsdom cannot compute colours; the browser tests check contrast.
    rules: { 'color-contrast': { enabled: false } },
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('forum accessibility (axe-core, WCAG 2.1 A/AA)', () => {
  it('forum home', async () => {
    fakeServer(forumRoutes(moderator, { 'GET /api/v1/spaces': () => page([topic, openGroup, closedGroup]) }));
    const { container } = renderApp('/forum');
    await screen.findByRole('list', { name: 'Grupper' });
    expect(await violations(container)).toEqual([]);
  });

  it('a discussion as its moderator sees it, with an overdue escalation', async () => {
    const escalation = {
      id: 7,
      discussionId: 100,
      discussionTitle: moderatorsView.title,
      spaceId: 10,
      spaceName: 'Dagpenger',
      department: { id: 9, name: 'Fagavdeling arbeid' },
      summary: 'Uklart regelverk.',
      state: 'ACKNOWLEDGED',
      raisedBy: { id: 3, name: 'Ola Moderator', unitName: null },
      raisedAt: '2025-03-01T10:00:00Z',
      deadline: '2025-03-10',
      overdue: true,
      acknowledgedAt: '2025-03-02T10:00:00Z',
      answeredAt: null,
      answer: null,
      answeredBy: null,
      closedAt: null,
    };
    const note = { ...moderatorsView.messages[0], id: 301, html: '<p>Bør løftes.</p>', canEdit: false };
    fakeServer(
      forumRoutes(moderator, {
        'GET /api/v1/discussions/100': () => json({ ...moderatorsView, escalation, escalated: true }),
        'GET /api/v1/discussions/100/back-office': () => json([note]),
      }),
    );
    const { container } = renderApp('/forum/diskusjon/100');
    await screen.findByText('Forfalt');
    await userEvent.setup().click(screen.getByRole('button', { name: /Bakrom/ }));
    await screen.findByText('Bør løftes.');
    expect(await violations(container)).toEqual([]);
  });

  it('ask form with a server error', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    fakeServer(
      forumRoutes(employee, {
        'GET /api/v1/spaces/10': () => json(topic),
        'POST /api/v1/spaces/10/discussions': () =>
          problem(400, { detail: 'Skjemaet har feil.', errors: [{ field: 'title', detail: 'Tittelen er for lang.' }] }),
      }),
    );
    const { container } = renderApp('/forum/rom/10/ny');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Tittel'), 'T');
    await user.type(screen.getByLabelText('Spørsmål eller innlegg'), 'B');
    await user.click(screen.getByRole('button', { name: 'Publiser' }));
    await screen.findByRole('link', { name: 'Tittelen er for lang.' });
    expect(await violations(container)).toEqual([]);
  });

  it('a space as its moderator sees it', async () => {
    fakeServer(
      forumRoutes(moderator, {
        'GET /api/v1/spaces/10': () => json({ ...topic, canModerate: true, myRole: 'MODERATOR' }),
        'GET /api/v1/spaces/10/discussions': () =>
          json({ items: [discussion, { ...discussion, id: 101, status: 'OPEN', escalated: true }], page: 0, size: 20, totalElements: 41, totalPages: 3 }),
      }),
    );
    const { container } = renderApp('/forum/rom/10');
    await screen.findByRole('list', { name: 'Diskusjoner' });
    expect(await violations(container)).toEqual([]);
  });

  it('moderation, escalations and figures pages', async () => {
    const person = { id: 2, name: 'Kari Nordmann', unitName: null };
    const report = {
      id: 1, messageId: 201, discussionId: 100, discussionTitle: discussion.title, spaceId: 10, messageExcerpt: 'Et utdrag',
      reason: 'Personopplysninger', reportedBy: person, reportedAt: '2025-03-01T10:00:00Z', status: 'OPEN',
      resolvedBy: null, resolvedAt: null, resolution: null,
    };
    const escalation = {
      id: 7, discussionId: 100, discussionTitle: discussion.title, spaceId: 10, spaceName: 'Dagpenger',
      department: { id: 9, name: 'Fagavdeling arbeid' }, summary: 'Uklart.', state: 'RAISED', raisedBy: person,
      raisedAt: '2025-03-01T10:00:00Z', deadline: '2025-03-10', overdue: true, acknowledgedAt: null, answeredAt: null,
      answer: null, answeredBy: null, closedAt: null,
    };
    const figures = {
      month: '2025-03', discussions: 4, messages: 20, views: 300, uniqueReaders: 80, uniqueContributors: 9, members: 100,
      contributionSpread: { creators: 0.01, contributors: 0.09, lurkers: 0.9 },
    };
    fakeServer(
      forumRoutes(moderator, {
        'GET /api/v1/moderation/reports': () => page([report]),
        'GET /api/v1/escalations': () => page([escalation, { ...escalation, id: 8, state: 'ACKNOWLEDGED', overdue: false }]),
        'GET /api/v1/spaces/10': () => json(topic),
        'GET /api/v1/spaces/10/figures': () => json(figures),
      }),
    );
    let view = renderApp('/forum/moderering');
    await screen.findByText('Et utdrag');
    expect(await violations(view.container)).toEqual([]);
    view.unmount();

    view = renderApp('/forum/eskaleringer');
    await screen.findByRole('button', { name: 'Bekreft mottatt' });
    expect(screen.getByLabelText('Svar')).toBeTruthy();
    expect(await violations(view.container)).toEqual([]);
    view.unmount();

    view = renderApp('/forum/rom/10/tall');
    await screen.findByRole('table', { name: 'Fordeling 90-9-1' });
    expect(screen.getByText('90 %')).toBeTruthy();
    expect(await violations(view.container)).toEqual([]);
  });
});
