import type { Translate } from '../i18n/i18n';

export interface DraftQuestion {
  kind: 'YES_NO' | 'SINGLE_CHOICE' | 'MULTIPLE_CHOICE' | 'SCALE_1_5' | 'NPS' | 'FREE_TEXT';
  text: string;
  options: string;
}

export const hasOptions = (kind: DraftQuestion['kind']) => kind === 'SINGLE_CHOICE' || kind === 'MULTIPLE_CHOICE';

/** The options as sent: one per line, blank lines left out. */
export const optionLines = (q: DraftQuestion) => q.options.split('\n').map((o) => o.trim()).filter((o) => o !== '');

/**
 * What the server would refuse, checked before sending so the editor sees every missing field at once and in words
 * (walk report F12), keyed by the server's field names (`title`, `questions[0].text`).
 */
export function surveyChecks(title: string, questions: DraftQuestion[], t: Translate): Record<string, string> {
  const checks: Record<string, string> = {};
  if (!title.trim()) checks.title = t('analytics.surveys.titleRequired');
  questions.forEach((q, i) => {
    if (!q.text.trim()) checks[`questions[${i}].text`] = t('analytics.surveys.questionRequired');
    if (hasOptions(q.kind) && optionLines(q).length < 2) checks[`questions[${i}].options`] = t('analytics.surveys.optionsRequired');
  });
  return checks;
}
