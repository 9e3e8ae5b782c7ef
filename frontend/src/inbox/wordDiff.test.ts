import { describe, expect, it } from 'vitest';
import { wordDiff } from './wordDiff';

describe('word diff', () => {
  it('shows the words an edit took out and put in, and keeps the rest', () => {
    expect(wordDiff('Ja, det kan du.', 'Ja, det kan du på nav.no.')).toEqual([
      { kind: 'same', text: 'Ja, det kan ' },
      { kind: 'removed', text: 'du.' },
      { kind: 'added', text: 'du på nav.no.' },
    ]);
  });

  it('finds nothing to mark when the texts are the same', () => {
    expect(wordDiff('Hei Kari', 'Hei Kari')).toEqual([{ kind: 'same', text: 'Hei Kari' }]);
  });
});
