import { describe, expect, it } from 'vitest';
import type { LiveQuestion } from '../api/types';
import { applyChange } from './liveChanges';

const question = (id: number, votes: number, extra: Partial<LiveQuestion> = {}): LiveQuestion => ({
  id,
  text: `Spørsmål ${id}`,
  asker: null,
  votes,
  votedByMe: false,
  status: 'APPROVED',
  answer: null,
  answeredBy: null,
  typedBy: null,
  answeredAt: null,
  ...extra,
});

describe('the nettprat board under live changes', () => {
  it('puts a newly approved question on the board in vote order', () => {
    const board = applyChange([question(1, 3), question(2, 0)], { kind: 'APPROVED', questionId: 3, text: 'Nytt', votes: 1 });
    expect(board.map((q) => q.id)).toEqual([1, 3, 2]);
    expect(board[1].text).toBe('Nytt');
  });

  it('puts every question of a tick of approvals on the board, and a question already answered stays answered', () => {
    const answered = question(4, 2, { status: 'ANSWERED', answer: 'Ja.' });
    const board = applyChange([question(1, 3), answered], {
      kind: 'APPROVALS',
      questions: [
        { kind: 'APPROVED', questionId: 5, text: 'Femte', votes: 0 },
        { kind: 'APPROVED', questionId: 6, text: 'Sjette', votes: 4 },
      ],
    });
    expect(board.map((q) => q.id)).toEqual([6, 1, 4, 5]);
    expect(board.find((q) => q.id === 4)?.status).toBe('ANSWERED');
    expect(applyChange(board, { kind: 'APPROVALS', questions: [{ kind: 'APPROVED', questionId: 5, text: 'Femte', votes: 0 }] })).toEqual(board);
  });

  it('moves a question up when its votes change, and keeps whether I voted', () => {
    const board = applyChange([question(1, 3), question(2, 2, { votedByMe: true })], { kind: 'VOTES', questionId: 2, votes: 5 });
    expect(board.map((q) => [q.id, q.votes, q.votedByMe])).toEqual([
      [2, 5, true],
      [1, 3, false],
    ]);
  });

  it("takes a tick's approvals and vote counts together and leaves the other questions as they are", () => {
    const board = applyChange([question(1, 3), question(2, 2, { votedByMe: true }), question(3, 1)], {
      kind: 'TICK',
      questions: [{ kind: 'APPROVED', questionId: 4, text: 'Fjerde', votes: 0 }],
      counts: [
        { questionId: 2, votes: 6 },
        { questionId: 3, votes: 4 },
        { questionId: 99, votes: 9 },
      ],
    });
    expect(board.map((q) => [q.id, q.votes, q.votedByMe])).toEqual([
      [2, 6, true],
      [3, 4, false],
      [1, 3, false],
      [4, 0, false],
    ]);
  });

  it('shows the answer with who answered and who typed it', () => {
    const leader = { id: 7, name: 'Kari Aasen', unitName: null };
    const helper = { id: 8, name: 'Per Moen', unitName: null };
    const board = applyChange([question(1, 3)], {
      kind: 'ANSWERED',
      questionId: 1,
      text: 'Spørsmål 1',
      votes: 3,
      answer: 'I januar.',
      answeredBy: leader,
      typedBy: helper,
    });
    expect(board[0]).toMatchObject({ status: 'ANSWERED', answer: 'I januar.', answeredBy: leader, typedBy: helper });
  });

  it('takes a merged question off the board and gives its votes to the other', () => {
    const board = applyChange([question(1, 3), question(2, 2)], { kind: 'MERGED', questionId: 2, intoId: 1, votes: 4 });
    expect(board.map((q) => [q.id, q.votes])).toEqual([[1, 4]]);
  });

  it('leaves the board as it was when a change comes twice', () => {
    const once = applyChange([question(1, 0)], { kind: 'APPROVED', questionId: 2, text: 'To', votes: 0 });
    expect(applyChange(once, { kind: 'APPROVED', questionId: 2, text: 'To', votes: 0 })).toEqual(once);
    expect(applyChange(once, { kind: 'REMOVED', questionId: 2 }).map((q) => q.id)).toEqual([1]);
  });
});
