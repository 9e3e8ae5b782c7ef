import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { LanguageProvider } from '../i18n/i18n';
import { violations } from '../test/axe';
import { fakeServer, problem } from '../test/fakeServer';
import { FeedbackPage } from './FeedbackPage';

describe('citizen feedback page (walk report F16)', () => {
  it('says an unknown account’s link is wrong and shows the way on', async () => {
    fakeServer({
      'GET /api/v1/public/satisfaction/999': () => problem(404, { type: 'urn:samtale:problem:not-found', detail: 'No such account' }),
    });
    const { container } = render(
      <MemoryRouter initialEntries={['/tilbakemelding/999']}>
        <LanguageProvider>
          <Routes>
            <Route path="/tilbakemelding/:accountId" element={<FeedbackPage />} />
          </Routes>
        </LanguageProvider>
      </MemoryRouter>,
    );

    expect(await screen.findByText('Fant ikke denne tilbakemeldingen. Sjekk lenken.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Finn svar i veiviseren' }).getAttribute('href')).toBe('/veiviser');
    expect(screen.getByRole('link', { name: 'Gå til nav.no' })).toBeTruthy();
    expect(await violations(container)).toEqual([]);
  });
});
