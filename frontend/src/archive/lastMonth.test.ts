import { describe, expect, it } from 'vitest';
import { lastMonth } from './ArchiveExtracts';

describe('lastMonth', () => {
  it('is the whole previous month, across a new year', () => {
    expect(lastMonth(new Date(2026, 0, 15))).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(lastMonth(new Date(2026, 2, 1))).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });
});
