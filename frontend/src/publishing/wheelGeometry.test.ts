import { describe, expect, it } from 'vitest';
import { angleOf, periodArcs, polar, ring, sectorPath } from './wheelGeometry';

describe('the yearly wheel', () => {
  it('starts the year at the top and goes clockwise', () => {
    expect(angleOf('2026-01-01', 2026)).toBe(0);
    const july = angleOf('2026-07-02', 2026);
    expect(july).toBeCloseTo(Math.PI, 1);
    const top = polar(100, 100, 50, 0);
    expect(top.x).toBeCloseTo(100);
    expect(top.y).toBeCloseTo(50);
    const right = polar(100, 100, 50, Math.PI / 2);
    expect(right.x).toBeCloseTo(150);
    expect(right.y).toBeCloseTo(100);
  });

  it('gives May a twelfth of the circle or so, from its first day to the end of its last', () => {
    const [may] = periodArcs('2026-05-01', '2026-05-31', 2026);
    expect(may.from).toBeCloseTo((2 * Math.PI * 120) / 365);
    expect(may.to).toBeCloseTo((2 * Math.PI * 151) / 365);
  });

  it('draws a period over new year in two pieces, at both ends of the wheel', () => {
    const arcs = periodArcs('2026-12-01', '2027-01-31', 2026);
    expect(arcs).toHaveLength(2);
    expect(arcs[0].to).toBeCloseTo(2 * Math.PI);
    expect(arcs[1].from).toBe(0);
    expect(arcs[1].to).toBeCloseTo((2 * Math.PI * 31) / 365);
  });

  it('counts a leap year by its 366 days', () => {
    expect(angleOf('2028-12-31', 2028)).toBeCloseTo((2 * Math.PI * 365) / 366);
  });

  it('never draws a whole-year theme as an empty arc', () => {
    const [year] = periodArcs('2026-01-01', '2026-12-31', 2026);
    expect(year.to - year.from).toBeCloseTo(2 * Math.PI);
    expect(sectorPath(0, 0, 10, 20, year)).toContain(' 1 1 ');
  });

  it('splits the rings evenly between the hole and the rim', () => {
    expect(ring(0, 2, 40, 100)).toEqual({ inner: 40, outer: 70 });
    expect(ring(1, 2, 40, 100)).toEqual({ inner: 70, outer: 100 });
  });
});
