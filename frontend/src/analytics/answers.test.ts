import { describe, expect, it } from 'vitest';
import { answerIndex, share, toAnswers } from './answers';
import type { QuestionView } from './analyticsApi';

const q = (id: number, kind: QuestionView['kind']): QuestionView => ({ id, kind, text: `Q${id}`, options: [] });

describe('survey answers', () => {
  it('turns the form into the API answers and leaves unanswered questions out', () => {
    const questions = [q(1, 'YES_NO'), q(2, 'SCALE_1_5'), q(3, 'MULTIPLE_CHOICE'), q(4, 'FREE_TEXT'), q(5, 'NPS')];
    expect(toAnswers(questions, { 1: 'no', 2: '4', 3: ['A', 'B'], 4: '  ', 5: '' })).toEqual([
      { questionId: 1, value: false },
      { questionId: 2, value: 4 },
      { questionId: 3, value: ['A', 'B'] },
    ]);
    expect(toAnswers(questions, {})).toBeNull();
  });

  it('finds the answer a field error points to, and shares of nothing are zero', () => {
    expect(answerIndex('answers[2].value')).toBe(2);
    expect(answerIndex('nonce')).toBeNull();
    expect(share(3, 0)).toBe(0);
    expect(share(1, 4)).toBe(0.25);
  });
});
