import { describe, expect, it } from 'vitest';
import { translate, type Translate } from '../i18n/i18n';
import { checkHearing, deadlineOf, emptyHearing, newSection, toRequest, type HearingForm } from './hearingForm';

const t: Translate = (key, values) => translate('nb', key, values);
const now = new Date('2026-12-10T10:00:00');

const filled = (part: Partial<HearingForm> = {}): HearingForm => ({
  ...emptyHearing(now),
  title: 'Høring om vaktordning',
  sections: [newSection('Felles vaktliste', 'Slås sammen.')],
  ...part,
});

describe('the hearing form', () => {
  it('says every problem at its own field, in Norwegian, before anything is sent', () => {
    const errors = checkHearing(
      filled({ title: ' ', day: '2026-12-09', sections: [newSection('Del én'), newSection(' ')] }),
      now,
      t,
    );
    expect(errors).toEqual({
      title: 'Skriv en tittel.',
      deadline: 'Fristen må være fram i tid.',
      'sections[1].title': 'Skriv en tittel på delen.',
    });
  });

  it('wants at least one section and a deadline that is a time', () => {
    const errors = checkHearing(filled({ sections: [], time: '' }), now, t);
    expect(errors.sections).toBe('Forslaget trenger minst én del.');
    expect(errors.deadline).toBe('Skriv dato og klokkeslett for fristen.');
  });

  it('has nothing to say about a filled form, whose deadline starts three weeks ahead', () => {
    expect(checkHearing(filled(), now, t)).toEqual({});
    expect(new Date(deadlineOf(filled())!).getTime() - now.getTime()).toBeGreaterThan(20 * 24 * 3600 * 1000);
  });

  it('sends trimmed text, the units with their responsible people, and whether it is a draft', () => {
    const form = filled({
      title: '  Høring  ',
      summary: ' ',
      units: [{ unitId: 7, unitName: 'NAV Hamar', responsible: { id: 14, name: 'Geir Holm', unitName: 'NAV Hamar' } }],
    });
    expect(toRequest(form, true)).toMatchObject({
      title: 'Høring',
      summary: null,
      sections: [{ title: 'Felles vaktliste', body: 'Slås sammen.' }],
      units: [{ unitId: 7, responsibleId: 14 }],
      draft: true,
    });
  });
});
