import { describe, expect, it } from 'vitest';
import { dictionaries, format } from '../i18n/i18n';
import type { Translate } from '../i18n/i18n';
import { notification } from '../test/notificationFixtures';
import { notificationTarget, notificationText } from './notificationText';

const nb: Translate = (key, values) => format(dictionaries.nb[key], values);

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
