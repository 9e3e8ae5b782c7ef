import { describe, expect, it } from 'vitest';
import { dayAt } from './touchDrag';

describe('dayAt', () => {
  const grid = () => {
    document.body.innerHTML = '<table><tr><td data-day="2026-12-07"><ul><li><span id="inside">Post</span></li></ul></td><td id="plain"></td></tr></table>';
  };

  it('finds the day of the cell under the finger, from any element inside it', () => {
    grid();
    const doc = { elementFromPoint: () => document.getElementById('inside') };
    expect(dayAt(10, 10, doc)).toBe('2026-12-07');
  });

  it('finds no day outside the calendar', () => {
    grid();
    expect(dayAt(10, 10, { elementFromPoint: () => document.getElementById('plain') })).toBeNull();
    expect(dayAt(10, 10, { elementFromPoint: () => null })).toBeNull();
  });
});
