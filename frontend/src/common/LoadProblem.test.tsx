import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { ApiError } from '../api/http';
import { LanguageProvider } from '../i18n/i18n';
import { LoadProblem } from './LoadProblem';

const renderProblem = (error: unknown, props: { notFound?: string; forbidden?: string } = {}) =>
  render(
    <LanguageProvider>
      <LoadProblem error={error} {...props} />
    </LanguageProvider>,
  );

describe('LoadProblem', () => {
  it('says a 403 in general words, with nothing about the forum’s groups', () => {
    renderProblem(new ApiError(403, { status: 403 }));
    expect(screen.getByText('Du har ikke tilgang til dette.')).toBeTruthy();
    expect(screen.queryByText(/forum|grupper/i)).toBeNull();
  });

  it('says a 404 in general words unless the page names what is missing', () => {
    renderProblem(new ApiError(404, { status: 404 }));
    expect(screen.getByText(/Fant ikke dette\. Kanskje det er fjernet/)).toBeTruthy();
  });

  it('uses the page’s own sentences when it gives them', () => {
    renderProblem(new ApiError(403, { status: 403 }), { forbidden: 'Bare personvernombudet.' });
    expect(screen.getByText('Bare personvernombudet.')).toBeTruthy();
  });

  it('says an address whose id is not a number is not found, not that the reader sent something wrong', () => {
    renderProblem(new ApiError(400, { status: 400, field: 'id', detail: "'id' must be a whole number" }), { notFound: 'Fant ikke klagen.' });
    expect(screen.getByText('Fant ikke klagen.')).toBeTruthy();
  });
});
