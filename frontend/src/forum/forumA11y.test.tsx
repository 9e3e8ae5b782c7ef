import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AuditEntry } from '../api/types';
import { admin, employee, fakeServer, json, problem } from '../test/fakeServer';
import { renderApp } from '../test/renderApp';
import { closedGroup, discussion, forumRoutes, moderator, moderatorsView, openGroup, page, topic } from '../test/forumFixtures';
import { violations } from '../test/axe';

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
      month: '2025-03', discussions: 4, messages: 20, views: 300, uniqueReaders: 80, uniqueContributors: 9, population: 100,
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

  it('space administration, with an unopened topic’s refusal and the staff dialog', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const unopened = { ...topic, id: 13, name: 'Sykepenger', open: false, experts: [] };
    const users = [{ id: 3, username: 'ola', name: 'Ola Moderator', employeeId: 'X', email: null, unit: null, roles: ['MODERATOR'], enabled: true, locked: false, lockedUntil: null }];
    fakeServer(
      forumRoutes(admin, {
        'GET /api/v1/spaces': () => page([topic, unopened, openGroup, closedGroup]),
        'POST /api/v1/spaces/13/open': () => problem(409, { type: 'urn:samtale:problem:topic-not-staffed', detail: 'Temaet mangler fagperson.' }),
        'GET /api/v1/admin/users': () => page(users),
      }),
    );
    const { container } = renderApp('/forum/admin');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Åpne temaet Sykepenger' }));
    await screen.findByText('Temaet kan ikke åpnes før det har en moderator og minst én fagperson.');
    await user.click(screen.getByRole('radio', { name: 'Gruppe' }));
    expect(await violations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Endre bemanning for Sykepenger' }));
    await screen.findAllByRole('checkbox', { name: /Ola Moderator/ });
    expect(await violations(document.body)).toEqual([]);
  });

  it('a discussion with attachments, a chosen file and an edited message', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const files = [
      { id: 55, filename: 'skjerm.png', contentType: 'image/png', size: 20480, url: '/api/v1/attachments/55' },
      { id: 56, filename: 'rundskriv.pdf', contentType: 'application/pdf', size: 153600, url: '/api/v1/attachments/56' },
    ];
    const [question, answer] = moderatorsView.messages;
    fakeServer(
      forumRoutes(moderator, {
        'GET /api/v1/discussions/100': () =>
          json({ ...moderatorsView, messages: [{ ...question, editedAt: '2025-03-01T11:00:00Z' }, { ...answer, attachments: files }] }),
        'POST /api/v1/attachments': () => json(files[0], 201),
      }),
    );
    const { container } = renderApp('/forum/diskusjon/100');
    await screen.findByRole('img', { name: 'skjerm.png' });
    await userEvent.setup().upload(screen.getByLabelText('Vedlegg (valgfritt)'), new File(['x'], 'skjerm.png', { type: 'image/png' }));
    await screen.findByRole('list', { name: 'Valgte vedlegg' });
    expect(screen.getByRole('button', { name: 'Vis tidligere versjoner' })).toBeTruthy();
    expect(await violations(container)).toEqual([]);
  });

  it('a closed group’s members as an administrator moderating it sees them, and the audit log', async () => {
    const people = [{ id: 2, name: 'Kari Nordmann', unitName: 'NAV Grünerløkka' }, { id: 5, name: 'Per Leder', unitName: null }];
    const entry: AuditEntry = {
      id: 1, actor: { id: 1, name: 'Ada Admin', unitName: null }, action: 'ADD_MEMBER',
      target: { kind: 'USER', id: 5, name: 'Per Leder', discussionId: null }, detail: null, at: '2025-03-01T10:00:00Z',
    };
    fakeServer(
      forumRoutes(admin, {
        'GET /api/v1/spaces/12': () => json({ ...closedGroup, canModerate: true, myRole: null }),
        'GET /api/v1/spaces/12/discussions': () => page([]),
        'GET /api/v1/spaces/12/members': () => page(people),
        'GET /api/v1/admin/users': () => page([]),
        'GET /api/v1/spaces/12/audit': () => json({ items: [entry], page: 0, size: 20, totalElements: 21, totalPages: 2 }),
      }),
    );
    let view = renderApp('/forum/rom/12');
    await screen.findByText('Per Leder');
    expect(screen.getByLabelText('Legg til medlem')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Logg for rommet' }).getAttribute('href')).toBe('/forum/rom/12/logg');
    expect(await violations(view.container)).toEqual([]);
    view.unmount();

    view = renderApp('/forum/rom/12/logg');
    await screen.findByText('Ada Admin la til Per Leder som medlem.');
    expect(await violations(view.container)).toEqual([]);
  });
});
