/**
 * The geometry of the yearly wheel (årshjul): the year runs clockwise from the top (1 January) round to the top
 * again, one ring per account, each theme an arc over its period. Dates are calendar days (YYYY-MM-DD, Norwegian
 * time, as the server sends them); a period that wraps over new year is drawn in two pieces.
 */

export interface Point {
  x: number;
  y: number;
}

export interface Arc {
  /** Radians from the top, clockwise. */
  from: number;
  to: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function utcDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

function daysInYear(year: number): number {
  return (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / DAY_MS;
}

/** The angle of the start of a day in the wheel of `year` (0 at 1 January, 2π at the next 1 January). */
export function angleOf(iso: string, year: number): number {
  const day = (utcDay(iso) - Date.UTC(year, 0, 1)) / DAY_MS;
  return (2 * Math.PI * day) / daysInYear(year);
}

/** The point at `angle` (radians from the top, clockwise) on a circle of radius `r` round (cx, cy). */
export function polar(cx: number, cy: number, r: number, angle: number): Point {
  return { x: cx + r * Math.sin(angle), y: cy - r * Math.cos(angle) };
}

/**
 * The arcs of a period from `startsOn` to `endsOn` (both included) in the wheel of `year`, clipped to the year: one
 * arc, or two when it wraps over new year (its end in the next year, or its start in the last).
 */
export function periodArcs(startsOn: string, endsOn: string, year: number): Arc[] {
  const full = 2 * Math.PI;
  const from = angleOf(startsOn, year);
  const to = angleOf(endsOn, year) + full / daysInYear(year);
  if (from >= 0 && to <= full) return [{ from, to }];
  const arcs: Arc[] = [];
  if (from < full && to > 0) arcs.push({ from: Math.max(from, 0), to: Math.min(to, full) });
  // The part that falls in the year before or after comes round again at the other end of this year's wheel.
  if (to > full) arcs.push({ from: 0, to: Math.min(to - full, full) });
  if (from < 0) arcs.push({ from: from + full, to: full });
  return arcs.filter((arc) => arc.to > arc.from);
}

/** An SVG path of the ring sector between radii `inner` and `outer` over `arc`. */
export function sectorPath(cx: number, cy: number, inner: number, outer: number, arc: Arc): string {
  // A whole circle cannot be one arc command: stop just short of it.
  const to = Math.min(arc.to, arc.from + 2 * Math.PI - 0.0001);
  const large = to - arc.from > Math.PI ? 1 : 0;
  const a = polar(cx, cy, outer, arc.from);
  const b = polar(cx, cy, outer, to);
  const c = polar(cx, cy, inner, to);
  const d = polar(cx, cy, inner, arc.from);
  const f = (n: number) => n.toFixed(2);
  return [
    `M ${f(a.x)} ${f(a.y)}`,
    `A ${outer} ${outer} 0 ${large} 1 ${f(b.x)} ${f(b.y)}`,
    `L ${f(c.x)} ${f(c.y)}`,
    `A ${inner} ${inner} 0 ${large} 0 ${f(d.x)} ${f(d.y)}`,
    'Z',
  ].join(' ');
}

/** The inner and outer radius of ring `index` of `count` between `hole` and `outer`. */
export function ring(index: number, count: number, hole: number, outer: number): { inner: number; outer: number } {
  const width = (outer - hole) / Math.max(count, 1);
  return { inner: hole + index * width, outer: hole + (index + 1) * width };
}
