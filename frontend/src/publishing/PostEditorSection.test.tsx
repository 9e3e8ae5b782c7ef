import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LanguageProvider } from '../i18n/i18n';
import { fakeServer, json } from '../test/fakeServer';
import { violations } from '../test/axe';
import { PostEditorSection } from './PostEditorSection';

const accounts = [
  { id: 7, name: 'NAV Jobblyst', platform: 'YOUTUBE' as const, dailyTarget: 1 },
  { id: 8, name: 'NAV Foreldrepenger', platform: 'FACEBOOK' as const, dailyTarget: 2 },
];

/**
 * A stand-in for the browser's XMLHttpRequest (the upload's progress comes only from it): it reports half the file
 * sent, then answers as the server would.
 */
function fakeUploads(status: number, answer: object) {
  const sent: { url: string; body: unknown; headers: Record<string, string> }[] = [];
  class FakeXhr {
    status = 0;
    responseText = '';
    withCredentials = false;
    upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = {
      onprogress: null,
    };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    private url = '';
    private headers: Record<string, string> = {};
    open(_method: string, url: string) {
      this.url = url;
    }
    setRequestHeader(name: string, value: string) {
      this.headers[name] = value;
    }
    send(body: unknown) {
      sent.push({ url: this.url, body, headers: this.headers });
      setTimeout(() => {
        this.upload.onprogress?.({ lengthComputable: true, loaded: 1, total: 2 });
        setTimeout(() => {
          this.status = status;
          this.responseText = JSON.stringify(answer);
          this.onload?.();
        }, 100);
      }, 0);
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return sent;
}

function renderEditor() {
  return render(
    <LanguageProvider>
      <PostEditorSection accounts={accounts} onSaved={() => undefined} />
    </LanguageProvider>,
  );
}

const server = () =>
  fakeServer({
    'GET /api/v1/info': () => json({ demo: false, oidcEnabled: false, version: 'test' }),
    'GET /api/v1/channels/accounts': () => json([]),
    'POST /api/v1/publishing/posts': () => json({ id: 55 }, 201),
    'POST /api/v1/publishing/posts/55/submit': () => json({ id: 55 }),
  });

describe('the post editor for a YouTube account', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('uploads the video with its progress shown and sends the post with it', async () => {
    const { calls } = server();
    const sent = fakeUploads(201, { id: 31, contentType: 'video/mp4', sizeBytes: 3 * 1024 * 1024, url: '/api/v1/publishing/videos/31/content' });
    const user = userEvent.setup();
    const { container } = renderEditor();

    await user.selectOptions(screen.getByLabelText('Konto'), '7');
    expect(screen.queryByLabelText('Bildefil')).toBeNull();
    expect(screen.getByText(/YouTube tar bare imot innlegg med video/)).toBeTruthy();
    await user.upload(screen.getByLabelText('Videofil'), new File(['abc'], 'film.mp4', { type: 'video/mp4' }));
    await user.click(screen.getByRole('button', { name: 'Last opp video' }));

    expect(await screen.findByLabelText('Lastet opp 50 %')).toBeTruthy();
    expect(await screen.findByText('Video: video/mp4, 3.0 MB')).toBeTruthy();
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('Videoen er lastet opp.');
    expect(sent[0].url).toBe('/api/v1/publishing/videos?accountId=7');
    expect(sent[0].headers['Content-Type']).toBe('video/mp4');
    expect(await violations(container)).toEqual([]);

    await user.type(screen.getByLabelText('Tekst'), 'Slik søker du sommerjobb{Enter}Se videoen.');
    await user.type(screen.getByLabelText('Dato'), '24.12.2099');
    await user.type(screen.getByLabelText(/Klokkeslett/), '10:00');
    await user.click(screen.getByRole('button', { name: 'Send til godkjenning' }));

    await waitFor(() => expect(calls.some((c) => c.key === 'POST /api/v1/publishing/posts/55/submit')).toBe(true));
    const created = calls.find((c) => c.key === 'POST /api/v1/publishing/posts')!;
    expect(JSON.parse(String(created.init.body))).toMatchObject({ accountId: 7, videoId: 31, imageId: null });
  });

  it('refuses a file that is no video before sending it, and words the server refusing one', async () => {
    server();
    const sent = fakeUploads(400, { type: 'urn:samtale:problem:validation', status: 400, field: 'video', detail: 'The file is not an MP4, QuickTime (MOV) or WebM video' });
    const user = userEvent.setup({ applyAccept: false });
    renderEditor();
    await user.selectOptions(screen.getByLabelText('Konto'), '7');

    await user.upload(screen.getByLabelText('Videofil'), new File(['x'], 'notat.txt', { type: 'text/plain' }));
    await user.click(screen.getByRole('button', { name: 'Last opp video' }));
    expect(await screen.findByText(/Velg en videofil i MP4-, MOV- eller WebM-format/)).toBeTruthy();
    expect(sent).toHaveLength(0);

    await user.upload(screen.getByLabelText('Videofil'), new File(['x'], 'film.webm', { type: 'video/webm' }));
    await user.click(screen.getByRole('button', { name: 'Last opp video' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(await screen.findByText(/Velg en videofil i MP4-, MOV- eller WebM-format/)).toBeTruthy();
    expect(screen.getByLabelText('Videofil').getAttribute('aria-invalid')).toBe('true');
  });

  it('shows the image field, not the video field, for other platforms', async () => {
    server();
    const user = userEvent.setup();
    renderEditor();

    await user.selectOptions(screen.getByLabelText('Konto'), '8');

    expect(screen.getByLabelText('Bildefil')).toBeTruthy();
    expect(screen.queryByLabelText('Videofil')).toBeNull();
  });
});
