import type { Hearing, NewHearing, Person } from '../api/types';
import type { Translate } from '../i18n/i18n';

/** A hearing as its form holds it: the deadline as a day and a clock in the reader's time zone. */
export interface HearingForm {
  title: string;
  summary: string;
  day: string;
  time: string;
  anonymousAllowed: boolean;
  sections: { key: number; title: string; body: string }[];
  units: { unitId: number; unitName: string; responsible: Person }[];
}

/** The form's complaints, keyed by the field names the server uses, so a field shows its own or the server's. */
export type HearingFormErrors = Partial<Record<string, string>>;

const pad = (n: number) => String(n).padStart(2, '0');

let nextKey = 1;

/** A new, empty section (its key only tells React the rows apart). */
export function newSection(title = '', body = ''): HearingForm['sections'][number] {
  return { key: nextKey++, title, body };
}

/** An empty form: the deadline in three weeks at noon, one empty section, no units yet. */
export function emptyHearing(now: Date): HearingForm {
  const d = new Date(now.getTime() + 21 * 24 * 3600 * 1000);
  return {
    title: '',
    summary: '',
    day: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    time: '12:00',
    anonymousAllowed: false,
    sections: [newSection()],
    units: [],
  };
}

/** A draft as the form edits it. */
export function fromHearing(hearing: Hearing): HearingForm {
  const d = new Date(hearing.deadline);
  return {
    title: hearing.title,
    summary: hearing.summary,
    day: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    time: `${pad(d.getHours())}:${pad(d.getMinutes())}`,
    anonymousAllowed: hearing.anonymousAllowed,
    sections: hearing.sections.map((s) => newSection(s.title, s.body)),
    units: hearing.units.map((u) => ({ unitId: u.unitId, unitName: u.name, responsible: u.responsible })),
  };
}

/** The deadline as the API takes it, or null when the day or clock is not a time. */
export function deadlineOf(form: HearingForm): string | null {
  const at = new Date(`${form.day}T${form.time}`);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}

/** What the server would refuse, found before sending, so the reader sees every problem at once. */
export function checkHearing(form: HearingForm, now: Date, t: Translate): HearingFormErrors {
  const errors: HearingFormErrors = {};
  if (form.title.trim() === '') errors.title = t('events.hearingForm.titleRequired');
  const deadline = deadlineOf(form);
  if (deadline === null) errors.deadline = t('events.hearingForm.deadlineRequired');
  else if (new Date(deadline).getTime() <= now.getTime()) errors.deadline = t('field.HearingDeadlineInFuture');
  if (form.sections.length === 0) errors.sections = t('events.hearingForm.sectionsRequired');
  form.sections.forEach((s, i) => {
    if (s.title.trim() === '') errors[`sections[${i}].title`] = t('events.hearingForm.sectionTitleRequired');
  });
  return errors;
}

/** The request for the API; `draft` keeps it from the units until it is sent. */
export function toRequest(form: HearingForm, draft: boolean): NewHearing {
  return {
    title: form.title.trim(),
    summary: form.summary.trim() || null,
    deadline: deadlineOf(form) ?? '',
    anonymousAllowed: form.anonymousAllowed,
    sections: form.sections.map((s) => ({ title: s.title.trim(), body: s.body.trim() || null })),
    units: form.units.map((u) => ({ unitId: u.unitId, responsibleId: u.responsible.id })),
    draft,
  };
}
