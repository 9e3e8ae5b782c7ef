import { lazy, Suspense, type ReactNode } from 'react';
import { BodyShort, Heading, Loader, Table } from '@navikt/ds-react';
import { TableScroll } from '../common/TableScroll';
import { useT } from '../i18n/i18n';
import type { Mark, Series } from './FigureChart';

const FigureChart = lazy(() => import('./FigureChart'));

interface Props {
  heading: string;
  /** One sentence that says what the chart shows, for everyone (and as the chart's label). */
  summary: string;
  kind: 'line' | 'bar';
  rows: readonly Record<string, string | number | null>[];
  xKey: string;
  xLabel: string;
  series: Series[];
  /** How a row's first cell is written (a date or month in the reader's language). */
  formatX?: (value: string) => string;
  /** How a cell is written (a suppressed count, a thousands separator). */
  formatCell?: (key: string, value: string | number | null) => ReactNode;
  actions?: ReactNode;
  /** Annotations that explain a peak, already in the x axis's values; listed in words under the summary. */
  marks?: readonly Mark[];
}

/** A chart with its numbers in a table beside it and a one-line summary: the chart never stands alone. */
export function ChartWithTable({ heading, summary, kind, rows, xKey, xLabel, series, formatX, formatCell, actions, marks = [] }: Props) {
  const t = useT();
  return (
    <section aria-label={heading}>
      <Heading level="2" size="small" spacing>
        {heading}
      </Heading>
      <BodyShort spacing>{summary}</BodyShort>
      {marks.length > 0 && (
        <BodyShort size="small" spacing>
          {t('analytics.annotations.onChart')}{' '}
          {marks
            .map((m) => `${m.label} (${formatX ? formatX(m.from) : m.from}${m.to !== m.from ? ` – ${formatX ? formatX(m.to) : m.to}` : ''})`)
            .join('; ')}
        </BodyShort>
      )}
      {actions}
      <div className="samtale-analytics-pair">
        <Suspense fallback={<Loader title={t('common.loading')} />}>
          <FigureChart kind={kind} rows={rows} xKey={xKey} series={series} label={summary} marks={marks} />
        </Suspense>
        <TableScroll>
          <Table size="small">
            <caption className="aksel-sr-only">{heading}</caption>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{xLabel}</Table.HeaderCell>
                {series.map((s) => (
                  <Table.HeaderCell key={s.key} scope="col" align="right">
                    {s.label}
                  </Table.HeaderCell>
                ))}
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {rows.map((row) => (
                <Table.Row key={String(row[xKey])}>
                  <Table.HeaderCell scope="row">{formatX ? formatX(String(row[xKey])) : String(row[xKey])}</Table.HeaderCell>
                  {series.map((s) => (
                    <Table.DataCell key={s.key} align="right">
                      {formatCell ? formatCell(s.key, row[s.key]) : (row[s.key] ?? '–')}
                    </Table.DataCell>
                  ))}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      </div>
    </section>
  );
}
