import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { PostComments, PublishingPost } from '../api/types';
import { employee, fakeServer, json, sessionRoutes } from '../test/fakeServer';
import { renderApp } from '../test/renderApp';
import { violations } from '../test/axe';

const editor = { ...employee, roles: ['EMPLOYEE', 'EDITOR'] as typeof employee.roles };
const advisingEditor = { ...employee, roles: ['EMPLOYEE', 'EDITOR', 'ADVISOR'] as typeof employee.roles };

const post: PublishingPost = {
  id: 12,
  accountId: 3,
  accountName: 'NAV Foreldrepenger',
  platform: 'FACEBOOK',
  teamId: 1,
  text: 'Nye regler for beregning av foreldrepenger',
  publishAt: '2026-12-01T09:00:00Z',
  publishedAt: '2026-12-01T09:00:00Z',
  themeId: null,
  campaignId: null,
  link: null,
  firstComment: null,
  status: 'PUBLISHED',
  version: 1,
  externalId: '1234_5678',
  lastError: null,
  rejectionComment: null,
  author: null,
  approver: null,
  canApprove: false,
  held: false,
  image: null,
  videoLink: null,
  comments: { conversations: 1, comments: 2 },
  video: null,
};

const comments: PostComments = {
  postId: 12,
  published: true,
  canAnswerInInbox: false,
  threads: [
    {
      conversationId: 40,
      status: 'ANSWERED',
      comments: [
        { id: 1, fromAgency: false, authorName: 'Kari Nordmann', body: 'Mitt nummer er ••••••••••• – gjelder det meg?', at: '2026-12-01T10:00:00Z', masked: true, hiddenOnPlatform: true, removedOnPlatform: false },
        { id: 2, fromAgency: true, authorName: 'NAV Foreldrepenger', body: 'Ja, reglene gjelder fra 1. januar.', at: '2026-12-01T11:00:00Z', masked: false, hiddenOnPlatform: false, removedOnPlatform: false },
      ],
    },
  ],
};

function server(me: typeof employee, view: PostComments) {
  fakeServer({
    ...sessionRoutes(me),
    'GET /api/v1/publishing/posts/12': () => json(post),
    'GET /api/v1/publishing/posts/12/comments': () => json(view),
  });
}

describe('the comments on a published post', () => {
  it('are read by an editor who is no advisor, thread by thread, without a way to answer, passing axe', async () => {
    server(editor, comments);
    const { container } = renderApp('/publisering/innlegg/12');

    const thread = await screen.findByRole('region', { name: 'Kommentartråd 1' });
    const items = within(thread).getAllByRole('listitem');
    expect(items[0].textContent).toContain('Kari Nordmann');
    expect(items[0].textContent).toContain('Mitt nummer er ••••••••••• – gjelder det meg?');
    expect(within(items[0]).getByText('Personopplysninger er skjult')).toBeTruthy();
    expect(within(items[0]).getByText('Skjult på plattformen')).toBeTruthy();
    expect(items[1].textContent).toContain('Svar fra NAV Foreldrepenger');
    expect(screen.getByText(/Du kan lese kommentarene her/)).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Se kommentarene i innboksen' })).toBeNull();
    expect(within(screen.getByRole('region', { name: 'Kommentarer' })).queryByRole('button')).toBeNull();
    expect(await violations(container)).toEqual([]);
  });

  it('lead an editor who is also an advisor to the inbox to answer', async () => {
    server(advisingEditor, { ...comments, canAnswerInInbox: true });
    renderApp('/publisering/innlegg/12');
    const link = await screen.findByRole('link', { name: 'Se kommentarene i innboksen' });
    expect(link.getAttribute('href')).toBe('/innboks?post=12');
  });
});
