import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { employee, fakeServer, json, problem } from '../test/fakeServer';
import { renderApp } from '../test/renderApp';
import { discussion, forumRoutes } from '../test/forumFixtures';

const screenshot = { id: 55, filename: 'skjerm.png', contentType: 'image/png', size: 2048, url: '/api/v1/attachments/55' };
const png = () => new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'skjerm.png', { type: 'image/png' });

describe('attachments', () => {
  it('uploads a chosen file with the XSRF header and sends its id with the reply', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const posted = { ...discussion.messages[0], id: 203, html: '<p>Se vedlegget.</p>', attachments: [screenshot] };
    const { calls } = fakeServer(
      forumRoutes(employee, {
        'GET /api/v1/discussions/100': () => json(discussion),
        'POST /api/v1/attachments': () => json(screenshot, 201),
        'POST /api/v1/discussions/100/messages': () => json(posted, 201),
      }),
    );
    renderApp('/forum/diskusjon/100');
    const user = userEvent.setup();

    await user.upload(await screen.findByLabelText('Vedlegg (valgfritt)'), png());
    expect(await screen.findByText('skjerm.png er lastet opp.')).toBeTruthy();
    const chosen = screen.getByRole('list', { name: 'Valgte vedlegg' });
    expect(within(chosen).getByRole('button', { name: 'Fjern skjerm.png' })).toBeTruthy();

    await user.type(screen.getByLabelText('Ditt svar'), 'Se vedlegget.');
    await user.click(screen.getByRole('button', { name: 'Send svar' }));
    await screen.findByText('Svaret ditt er publisert.');

    const upload = calls.find((c) => c.key === 'POST /api/v1/attachments');
    const headers = upload?.init.headers as Record<string, string>;
    expect(headers['X-XSRF-TOKEN']).toBe('t');
    expect(headers['Content-Type']).toBeUndefined();
    expect(((upload?.init.body as FormData).get('file') as File).name).toBe('skjerm.png');
    const reply = calls.find((c) => c.key === 'POST /api/v1/discussions/100/messages');
    expect(JSON.parse(reply?.init.body as string)).toEqual({ body: 'Se vedlegget.', attachmentIds: [55] });

    const shown = screen.getAllByRole('list', { name: 'Vedlegg' });
    expect(within(shown[0]).getByRole('link', { name: 'skjerm.png' }).getAttribute('href')).toBe('/api/v1/attachments/55');
    expect(within(shown[0]).getByRole('img', { name: 'skjerm.png' })).toBeTruthy();
    expect(within(shown[0]).getByText('(PNG, 2 kB)')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Valgte vedlegg' })).toBeNull();
  });

  it('shows the server’s error for the file', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    fakeServer(
      forumRoutes(employee, {
        'GET /api/v1/discussions/100': () => json(discussion),
        'POST /api/v1/attachments': () =>
          problem(400, { detail: 'Skjemaet har feil.', errors: [{ field: 'file', detail: 'Innholdet er ikke et bilde eller en PDF.' }] }),
      }),
    );
    renderApp('/forum/diskusjon/100');

    await userEvent.setup().upload(await screen.findByLabelText('Vedlegg (valgfritt)'), png());

    expect(await screen.findByText('skjerm.png: Innholdet er ikke et bilde eller en PDF.')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Valgte vedlegg' })).toBeNull();
  });
});

describe('edit history', () => {
  it('shows earlier versions as plain text, never as HTML', async () => {
    const edited = { ...discussion.messages[0], editedAt: '2025-03-01T11:00:00Z' };
    const script = '<script>window.hacked = true</script> **Første** utkast';
    fakeServer(
      forumRoutes(employee, {
        'GET /api/v1/discussions/100': () => json({ ...discussion, messages: [edited, discussion.messages[1]] }),
        'GET /api/v1/messages/201/revisions': () =>
          json([{ body: script, editedAt: '2025-03-01T11:00:00Z', editedBy: { id: 2, name: 'Kari Nordmann', unitName: null } }]),
      }),
    );
    renderApp('/forum/diskusjon/100');
    const user = userEvent.setup();

    const buttons = await screen.findAllByRole('button', { name: 'Vis tidligere versjoner' });
    expect(buttons).toHaveLength(1);
    await user.click(buttons[0]);

    const dialog = await screen.findByRole('dialog', { name: 'Tidligere versjoner' });
    const text = await within(dialog).findByText(script);
    expect(text.tagName).toBe('PRE');
    expect(dialog.querySelector('script, strong')).toBeNull();
    expect(within(dialog).getByText(/Kari Nordmann/)).toBeTruthy();
    expect((window as { hacked?: boolean }).hacked).toBeUndefined();
  });
});
