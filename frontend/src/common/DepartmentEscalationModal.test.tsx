import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiError } from '../api/http';
import { fakeServer, json } from '../test/fakeServer';
import { LanguageProvider } from '../i18n/i18n';
import { DepartmentEscalationModal, type DepartmentEscalation, type DepartmentEscalationTexts } from './DepartmentEscalationModal';

// The idea box's words: the forum's dialog is the same component with its own.
const TEXTS: DepartmentEscalationTexts = {
  heading: 'events.idea.escalation.lift',
  submit: 'events.idea.escalation.submit',
  department: 'events.idea.escalation.department',
  chooseDepartment: 'events.idea.escalation.chooseDepartment',
  departmentRequired: 'events.idea.escalation.departmentRequired',
  text: 'events.idea.escalation.reason',
  textHelp: 'events.idea.escalation.reasonHelp',
  textRequired: 'events.idea.escalation.reasonRequired',
  deadline: 'events.idea.escalation.deadline',
};

const UNITS = [
  { id: 1, name: 'NAV Grünerløkka', kind: 'NAV_OFFICE' },
  { id: 9, name: 'Ytelsesavdelingen', kind: 'DEPARTMENT' },
];

function renderModal(send: (escalation: DepartmentEscalation) => Promise<void>) {
  fakeServer({ 'GET /api/v1/units': () => json(UNITS) });
  render(
    <LanguageProvider>
      <DepartmentEscalationModal texts={TEXTS} textFields={['reason', 'summary']} send={send} onClose={() => {}} />
    </LanguageProvider>,
  );
}

describe('the dialog that lifts something to a department', () => {
  it('offers departments only, says what is missing at its field and sends nothing until it is given', async () => {
    const user = userEvent.setup();
    const send = vi.fn(async () => {});
    renderModal(send);

    const department = await screen.findByRole('combobox', { name: 'Avdeling' });
    await screen.findByRole('option', { name: 'Ytelsesavdelingen' });
    expect(screen.queryByRole('option', { name: 'NAV Grünerløkka' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Løft idéen' }));
    expect(screen.getByText('Velg avdelingen idéen skal til.')).toBeTruthy();
    expect(screen.getByText('Skriv hvorfor idéen løftes.')).toBeTruthy();
    expect(send).not.toHaveBeenCalled();

    await user.selectOptions(department, '9');
    await user.type(screen.getByRole('textbox', { name: 'Begrunnelse' }), '  Uklart regelverk.  ');
    await user.click(screen.getByRole('button', { name: 'Løft idéen' }));
    expect(send).toHaveBeenCalledWith({ departmentId: 9, text: 'Uklart regelverk.', deadline: null });
  });

  it('shows the server’s complaint about the text at the text, by whichever field name it gives', async () => {
    const user = userEvent.setup();
    renderModal(async () => {
      // As the idea's call answers when the forum's escalation behind it refuses the text.
      throw new ApiError(400, {
        status: 400,
        type: 'urn:samtale:problem:validation',
        errors: [{ field: 'summary', code: 'Size', detail: 'size must be between 1 and 4000' }],
      });
    });

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Avdeling' }), await screen.findByRole('option', { name: 'Ytelsesavdelingen' }));
    await user.type(screen.getByRole('textbox', { name: 'Begrunnelse' }), 'x');
    await user.click(screen.getByRole('button', { name: 'Løft idéen' }));
    const text = screen.getByRole('textbox', { name: 'Begrunnelse' });
    expect(await screen.findByText(/er for lang eller for kort/)).toBeTruthy();
    expect(text.getAttribute('aria-invalid')).toBe('true');
  });
});
