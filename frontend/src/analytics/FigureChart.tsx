import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface Series {
  key: string;
  label: string;
  color: string;
}

interface Props {
  kind: 'line' | 'bar';
  rows: readonly Record<string, string | number | null>[];
  xKey: string;
  series: Series[];
  /** What the chart shows, for screen readers; the table beside it holds the same numbers. */
  label: string;
  /** Periods to mark (a reform, a campaign), as values of the x axis; written out below the chart too. */
  marks?: readonly Mark[];
}

export interface Mark {
  from: string;
  to: string;
  label: string;
}

/** A mark as a shaded area over its days or months, or a line when it is one. */
function markElements(marks: readonly Mark[]) {
  return marks.map((m, i) =>
    m.from === m.to ? (
      <ReferenceLine key={i} x={m.from} stroke="#7f4ca5" strokeDasharray="4 2" label={{ value: m.label, position: 'insideTopLeft', fontSize: 11 }} />
    ) : (
      <ReferenceArea key={i} x1={m.from} x2={m.to} fill="#7f4ca5" fillOpacity={0.12} label={{ value: m.label, position: 'insideTop', fontSize: 11 }} />
    ),
  );
}

/**
 * A chart of figures (recharts, SVG). Loaded on demand with the analytics pages; the chart is a picture of the table
 * beside it, so it is labelled as one image and the table carries the numbers for everyone.
 */
export default function FigureChart({ kind, rows, xKey, series, label, marks = [] }: Props) {
  const data = rows.map((row) => ({ ...row }));
  return (
    <div role="img" aria-label={label} className="samtale-analytics-chart">
      <ResponsiveContainer width="100%" height={260}>
        {kind === 'line' ? (
          <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey={xKey} tick={{ fontSize: 12 }} minTickGap={24} />
            <YAxis tick={{ fontSize: 12 }} width={56} />
            <Tooltip />
            <Legend />
            {markElements(marks)}
            {series.map((s) => (
              <Line key={s.key} type="monotone" dataKey={s.key} name={s.label} stroke={s.color} dot={false} isAnimationActive={false} />
            ))}
          </LineChart>
        ) : (
          <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey={xKey} tick={{ fontSize: 12 }} />
            <YAxis tick={{ fontSize: 12 }} width={56} />
            <Tooltip />
            <Legend />
            {markElements(marks)}
            {series.map((s) => (
              <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} isAnimationActive={false} />
            ))}
          </BarChart>
        )}
      </ResponsiveContainer>
    </div>
  );
}
