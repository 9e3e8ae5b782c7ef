import { describe, expect, it } from 'vitest';
import { dictionaries, format } from '../i18n/i18n';
import type { Translate } from '../i18n/i18n';
import type { AppNotification } from '../api/types';
import { notification } from '../test/notificationFixtures';
import { notificationTarget, notificationText } from './notificationText';

const nb: Translate = (key, values) => format(dictionaries.nb[key], values);
const nn: Translate = (key, values) => format(dictionaries.nn[key], values, 'nn');
const en: Translate = (key, values) => format(dictionaries.en[key], values, 'en');

const NETTPRAT_KINDS: AppNotification['kind'][] = [
  'NETTPRAT_LEADER_ADDED',
  'NETTPRAT_HELPER_ADDED',
  'NETTPRAT_MODERATOR_ADDED',
  'NETTPRAT_MOVED',
  'NETTPRAT_CANCELLED',
  'NETTPRAT_QUESTION_ANSWERED',
  'NETTPRAT_QUESTION_DECLINED',
  'NETTPRAT_QUESTION_MERGED',
  'NETTPRAT_QUESTIONS_OWNED',
  'NETTPRAT_QUESTIONS_DUE',
];

describe('a department’s answer to an idea', () => {
  const answered = notification(9, {
    kind: 'IDEA_ESCALATION_ANSWERED',
    text: 'Utlån av hørselsutstyr på kveldstid',
    discussionId: null,
    ideaId: 12,
  });

  it('names the idea the reader follows', () => {
    expect(notificationText(answered, nb)).toBe(
      'Direktoratet har svart på idéen Utlån av hørselsutstyr på kveldstid som du følger',
    );
  });

  it('leads to the idea, where the answer is shown', () => {
    expect(notificationTarget(answered)).toBe('/ideer/12');
  });
});

describe('nettprat notifications', () => {
  const about = (kind: AppNotification['kind']) =>
    notification(14, { kind, text: 'Nettprat med direktøren', discussionId: null, nettpratId: 31 });

  it('lead to the nettprat’s page', () => {
    expect(notificationTarget(about('NETTPRAT_QUESTION_DECLINED'))).toBe('/nettprat/31');
    expect(notificationTarget(about('NETTPRAT_QUESTIONS_DUE'))).toBe('/nettprat/31');
  });

  it('name the nettprat and what happened, in Norwegian on a Norwegian page', () => {
    expect(notificationText(about('NETTPRAT_MODERATOR_ADDED'), nb)).toBe(
      'Du er satt opp som moderator i nettpraten «Nettprat med direktøren»',
    );
    expect(notificationText(about('NETTPRAT_QUESTION_ANSWERED'), nn)).toBe(
      'Spørsmålet ditt i nettpraten «Nettprat med direktøren» har fått svar',
    );
  });

  it('say why a nettprat was cancelled, in the words of whoever cancelled it', () => {
    const cancelled = { ...about('NETTPRAT_CANCELLED'), detail: 'Lederen er syk.' };
    expect(notificationText(cancelled, nb)).toBe('Nettpraten «Nettprat med direktøren» er avlyst. Begrunnelse: Lederen er syk.');
    expect(notificationText(cancelled, nn)).toBe('Nettpraten «Nettprat med direktøren» er avlyst. Grunngjeving: Lederen er syk.');
    expect(notificationTarget(cancelled)).toBe('/nettprat/31');
  });

  it('have a text of their own for every nettprat kind in each language', () => {
    for (const kind of NETTPRAT_KINDS) {
      const texts = [nb, nn, en].map((t) => notificationText(about(kind), t));
      expect(new Set(texts).size, kind).toBe(3);
      for (const text of texts) expect(text, kind).toContain('«Nettprat med direktøren»');
    }
  });
});
