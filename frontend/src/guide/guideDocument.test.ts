import { describe, expect, it } from 'vitest';
import { firstField, parseGuide } from './guideDocument';

describe('parseGuide', () => {
  it('offers the topic and need keys of a document', () => {
    const parsed = parseGuide('{"topics": [{"key": "pensjon"}, {"key": "aap"}], "needs": [{"key": "crisis"}]}');
    expect(parsed).toMatchObject({ ok: true, topics: ['pensjon', 'aap'], needs: ['crisis'] });
  });

  it('says where text stops being JSON, rather than sending it', () => {
    expect(parseGuide('{"topics": [').ok).toBe(false);
  });

  it('names the first field a refusal names', () => {
    expect(firstField({ 'document.topics[0].routes': 'x' })).toBe('document.topics[0].routes');
    expect(firstField({})).toBeUndefined();
  });
});
