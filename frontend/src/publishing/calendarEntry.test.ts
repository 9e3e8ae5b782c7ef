import { describe, expect, it } from 'vitest';
import { titleOf } from './calendarEntry';

describe('a post’s title in the calendar', () => {
  it('is its first line, cut between words with an ellipsis', () => {
    expect(titleOf('  Husk å søke i god tid!  ')).toBe('Husk å søke i god tid!');
    expect(titleOf('Ny G fra 1. mai\n\nGrunnbeløpet øker.')).toBe('Ny G fra 1. mai…');
    expect(titleOf('Nå kan du søke om foreldrepenger for adopsjon digitalt. Les mer om hva du må legge ved søknaden')).toBe(
      'Nå kan du søke om foreldrepenger for adopsjon digitalt. Les mer om hva du må…',
    );
    expect(titleOf('x'.repeat(100))).toBe(`${'x'.repeat(80)}…`);
  });
});
