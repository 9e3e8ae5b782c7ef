import type { QuestionView } from './analyticsApi';

/** What one question's form field holds: yes/no, one option, several options, a number, or text. */
export type Draft = string | string[];

/**
 * The answers as the API takes them, from the form's drafts: unanswered questions are left out (no question is
 * required), yes/no becomes true/false, scales become numbers. Null when nothing at all was answered.
 */
export function toAnswers(questions: readonly QuestionView[], drafts: Record<number, Draft | undefined>) {
  const answers: { questionId: number; value: unknown }[] = [];
  for (const q of questions) {
    const draft = drafts[q.id];
    if (draft === undefined || draft === '' || (Array.isArray(draft) && draft.length === 0)) continue;
    switch (q.kind) {
      case 'YES_NO':
        answers.push({ questionId: q.id, value: draft === 'yes' });
        break;
      case 'SCALE_1_5':
      case 'NPS':
        answers.push({ questionId: q.id, value: Number(draft) });
        break;
      case 'FREE_TEXT':
        if (typeof draft === 'string' && draft.trim() !== '') answers.push({ questionId: q.id, value: draft.trim() });
        break;
      default:
        answers.push({ questionId: q.id, value: draft });
    }
  }
  return answers.length === 0 ? null : answers;
}

/** The index of the question an error field such as `answers[2].value` points to, among the answers sent. */
export function answerIndex(field: string): number | null {
  const match = /^answers\[(\d+)]/.exec(field);
  return match ? Number(match[1]) : null;
}

/** Where this browser remembers having answered a survey (no cookie; nothing leaves the browser). */
export const answeredKey = (token: string) => `samtale.survey.answered.${token}`;

/** Share of a count in a total, 0 when there is no total. */
export function share(count: number, totalCount: number): number {
  return totalCount === 0 ? 0 : count / totalCount;
}
