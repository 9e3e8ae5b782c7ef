import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import type { Idea } from '../api/types';
import { LanguageProvider } from '../i18n/i18n';
import { fakeServer, json, problem } from '../test/fakeServer';
import { IdeaEscalation } from './IdeaEscalation';

const UNITS = [
  { id: 1, name: 'NAV Grünerløkka', kind: 'NAV_OFFICE' },
  { id: 9, name: 'Ytelsesavdelingen', kind: 'DEPARTMENT' },
];

// What the component reads of an idea: a moderator's view of one never lifted.
const idea = { id: 5, canEscalate: true, escalation: null } as unknown as Idea;

function renderLift(lift: () => Response) {
  const server = fakeServer({ 'GET /api/v1/units': () => json(UNITS), 'POST /api/v1/ideas/5/escalations': lift });
  const onLifted = vi.fn(async () => {});
  render(
    <MemoryRouter>
      <LanguageProvider>
        <IdeaEscalation idea={idea} onLifted={onLifted} />
      </LanguageProvider>
    </MemoryRouter>,
  );
  return { ...server, onLifted };
}

describe('lifting an idea to a department (the dialog the forum shares)', () => {
  it('offers departments only, says what is missing at its field, and sends the reason once it is given', async () => {
    const user = userEvent.setup();
    const { calls, onLifted } = renderLift(() => json({ escalationId: 8, discussionId: 100 }));
    await user.click(screen.getByRole('button', { name: 'Løft til direktoratet' }));

    const department = await screen.findByRole('combobox', { name: 'Avdeling' });
    await screen.findByRole('option', { name: 'Ytelsesavdelingen' });
    expect(screen.queryByRole('option', { name: 'NAV Grünerløkka' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Løft idéen' }));
    expect(screen.getByText('Velg avdelingen idéen skal til.')).toBeTruthy();
    expect(screen.getByText('Skriv hvorfor idéen løftes.')).toBeTruthy();
    expect(calls.some((c) => c.key.startsWith('POST'))).toBe(false);

    await user.selectOptions(department, '9');
    await user.type(screen.getByRole('textbox', { name: 'Begrunnelse' }), '  Uklart regelverk.  ');
    await user.click(screen.getByRole('button', { name: 'Løft idéen' }));
    const sent = calls.find((c) => c.key === 'POST /api/v1/ideas/5/escalations');
    expect(JSON.parse(String(sent?.init.body))).toEqual({ departmentId: 9, reason: 'Uklart regelverk.', deadline: null });
    expect(onLifted).toHaveBeenCalled();
  });

  it('shows the server’s complaint about the text at the reason, also when it names the forum’s summary', async () => {
    const user = userEvent.setup();
    const { onLifted } = renderLift(() =>
      problem(400, {
        type: 'urn:samtale:problem:validation',
        title: 'Invalid request',
        errors: [{ field: 'summary', code: 'Size', detail: 'size must be between 1 and 4000' }],
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Løft til direktoratet' }));

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Avdeling' }), await screen.findByRole('option', { name: 'Ytelsesavdelingen' }));
    await user.type(screen.getByRole('textbox', { name: 'Begrunnelse' }), 'x');
    await user.click(screen.getByRole('button', { name: 'Løft idéen' }));
    expect(await screen.findByText(/er for lang eller for kort/)).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Begrunnelse' }).getAttribute('aria-invalid')).toBe('true');
    expect(onLifted).not.toHaveBeenCalled();
  });
});
