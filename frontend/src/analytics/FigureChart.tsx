import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

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
}

/**
 * A chart of figures (recharts, SVG). Loaded on demand with the analytics pages; the chart is a picture of the table
 * beside it, so it is labelled as one image and the table carries the numbers for everyone.
 */
export default function FigureChart({ kind, rows, xKey, series, label }: Props) {
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
            {series.map((s) => (
              <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} isAnimationActive={false} />
            ))}
          </BarChart>
        )}
      </ResponsiveContainer>
    </div>
  );
}
