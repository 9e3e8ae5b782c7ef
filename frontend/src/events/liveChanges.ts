import type { LiveChange, LiveQuestion } from '../api/types';

/** Most votes first, then the oldest (the lowest id): the order every reader sees the board in. */
export function byVotes(questions: LiveQuestion[]): LiveQuestion[] {
  return [...questions].sort((a, b) => b.votes - a.votes || a.id - b.id);
}

/**
 * The board of approved and answered questions after one change from the live stream. A change may arrive twice
 * (a catch-up and a live push): applying it again leaves the board as it was.
 */
export function applyChange(questions: LiveQuestion[], change: LiveChange): LiveQuestion[] {
  if (change.kind === 'APPROVALS') {
    return change.questions.reduce((board, approved) => applyChange(board, { ...approved, kind: 'APPROVED' }), questions);
  }
  if (change.kind === 'TICK') {
    const approved = applyChange(questions, { kind: 'APPROVALS', questions: change.questions });
    const counts = new Map(change.counts.map((count) => [count.questionId, count.votes]));
    return byVotes(approved.map((q) => (counts.has(q.id) ? { ...q, votes: counts.get(q.id) ?? q.votes } : q)));
  }
  if (change.kind === 'CANCELLED') return questions;
  const known = questions.find((q) => q.id === change.questionId);
  switch (change.kind) {
    case 'APPROVED':
    case 'ANSWERED': {
      const status = change.kind === 'APPROVED' ? 'APPROVED' : 'ANSWERED';
      const next: LiveQuestion = {
        id: change.questionId,
        text: change.text ?? known?.text ?? '',
        asker: change.asker ?? null,
        votes: change.votes ?? known?.votes ?? 0,
        votedByMe: known?.votedByMe ?? false,
        status,
        answer: change.answer ?? null,
        answeredBy: change.answeredBy ?? null,
        typedBy: change.typedBy ?? null,
        answeredAt: status === 'ANSWERED' ? (known?.answeredAt ?? new Date().toISOString()) : null,
      };
      return byVotes([...questions.filter((q) => q.id !== change.questionId), next]);
    }
    case 'VOTES':
      return byVotes(questions.map((q) => (q.id === change.questionId ? { ...q, votes: change.votes ?? q.votes } : q)));
    case 'MERGED':
      return byVotes(
        questions
          .filter((q) => q.id !== change.questionId)
          .map((q) => (q.id === change.intoId ? { ...q, votes: change.votes ?? q.votes } : q)),
      );
    case 'REMOVED':
      return questions.filter((q) => q.id !== change.questionId);
    default:
      return questions;
  }
}
