import { describe, expect, it } from 'vitest';
import { countedLength, moveToDay } from './platformRules';

describe('the post editor rules', () => {
  it('counts the link on a line of its own, as the server does', () => {
    expect(countedLength(' Hei ', '')).toBe(3);
    expect(countedLength('Hei', 'https://nav.no')).toBe(3 + 2 + 14);
  });

  it('moves a post to another day and keeps its time of day', () => {
    const at = new Date(2026, 11, 7, 9, 30).toISOString();
    const moved = new Date(moveToDay(at, '2026-12-10')!);
    expect([moved.getFullYear(), moved.getMonth(), moved.getDate(), moved.getHours(), moved.getMinutes()]).toEqual([2026, 11, 10, 9, 30]);
    expect(moveToDay(at, '10.12.2026')).toBeNull();
  });
});
