import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { employee, fakeServer, json } from '../test/fakeServer';
import { fakeEventSource } from '../test/fakeEventSource';
import { renderApp } from '../test/renderApp';
import { discussion, forumRoutes } from '../test/forumFixtures';
import type { Discussion } from '../api/types';

const STREAM = '/api/v1/discussions/100/stream';

describe('a live discussion', () => {
  it('shows a new answer without reload, keeps a half-written reply and announces it politely', async () => {
    const stream = fakeEventSource();
    let current: Discussion = discussion;
    fakeServer(forumRoutes(employee, { 'GET /api/v1/discussions/100': () => json(current) }));
    renderApp('/forum/diskusjon/100');
    await screen.findByRole('list', { name: 'Innlegg (2)' });
    expect(stream.isOpen(STREAM)).toBe(true);
    const reply = screen.getByRole('textbox', { name: 'Ditt svar' });
    await userEvent.setup().type(reply, 'Jeg skriver fortsatt');

    const answer = { ...discussion.messages[1], id: 203, verified: false, body: 'Et nytt svar.', html: '<p>Et nytt svar.</p>' };
    current = { ...discussion, messageCount: 3, messages: [...discussion.messages, answer] };
    await stream.emit(STREAM, 'discussion', { discussionId: 100, messageId: 203, change: 'POSTED' });

    const messages = await screen.findByRole('list', { name: 'Innlegg (3)' });
    expect(within(messages).getByText('Et nytt svar.')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Ditt svar' }) as HTMLTextAreaElement).value).toBe('Jeg skriver fortsatt');
    const live = screen.getAllByRole('status').find((region) => region.textContent === 'Nytt svar i diskusjonen.');
    expect(live?.getAttribute('aria-live')).toBe('polite');
  });

  it('shows an edit the same way, without announcing it as an answer', async () => {
    const stream = fakeEventSource();
    let current: Discussion = discussion;
    fakeServer(forumRoutes(employee, { 'GET /api/v1/discussions/100': () => json(current) }));
    renderApp('/forum/diskusjon/100');
    await screen.findByRole('list', { name: 'Innlegg (2)' });

    current = {
      ...discussion,
      messages: [discussion.messages[0], { ...discussion.messages[1], html: '<p>Rettet svar.</p>', editedAt: '2025-03-03T10:00:00Z' }],
    };
    await stream.emit(STREAM, 'discussion', { discussionId: 100, messageId: 202, change: 'EDITED' });

    expect((await screen.findAllByText('Rettet svar.')).length).toBeGreaterThan(0);
    expect(screen.queryByText('Nytt svar i diskusjonen.')).toBeNull();
  });
});
