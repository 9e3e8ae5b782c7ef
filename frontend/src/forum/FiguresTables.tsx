import { Heading, Table, VStack } from '@navikt/ds-react';
import type { SpaceFigures, SpaceKind } from '../api/types';
import { useLanguage } from '../i18n/i18n';
import { formatPercent } from '../common/format';
import { TableScroll } from '../common/TableScroll';

/** A month's activity and the 90-9-1 spread, as two small tables. */
export function FiguresTables({ figures, kind }: { figures: SpaceFigures; kind: SpaceKind | undefined }) {
  const { t, language } = useLanguage();
  const activity = [
    [t('forum.figures.discussions'), figures.discussions],
    [t('forum.figures.messages'), figures.messages],
    [t('forum.figures.views'), figures.views],
    [t('forum.figures.uniqueReaders'), figures.uniqueReaders],
    [t('forum.figures.uniqueContributors'), figures.uniqueContributors],
    [t(kind ? `forum.figures.population.${kind}` : 'forum.figures.population'), figures.population],
  ] as const;
  const spread = [
    [t('forum.figures.creators'), figures.contributionSpread.creators],
    [t('forum.figures.contributors'), figures.contributionSpread.contributors],
    [t('forum.figures.lurkers'), figures.contributionSpread.lurkers],
  ] as const;
  return (
    <VStack gap="space-32">
      <FigureTable
        id="activity-heading"
        heading={t('forum.figures.activity')}
        labelHeader={t('forum.figures.measure')}
        valueHeader={t('forum.figures.value')}
        rows={activity.map(([label, value]) => [label, String(value)])}
      />
      <FigureTable
        id="spread-heading"
        heading={t('forum.figures.spread')}
        labelHeader={t('forum.figures.group')}
        valueHeader={t('forum.figures.share')}
        rows={spread.map(([label, share]) => [label, formatPercent(share, language)])}
      />
    </VStack>
  );
}

/** One titled two-column table: a label per row and its value, right-aligned. */
function FigureTable({ id, heading, labelHeader, valueHeader, rows }: {
  id: string;
  heading: string;
  labelHeader: string;
  valueHeader: string;
  rows: (readonly [string, string])[];
}) {
  return (
    <section aria-labelledby={id}>
      <Heading level="2" size="medium" id={id} spacing>
        {heading}
      </Heading>
      <TableScroll>
        <Table aria-labelledby={id} size="small">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{labelHeader}</Table.HeaderCell>
              <Table.HeaderCell scope="col" align="right">{valueHeader}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map(([label, value]) => (
              <Table.Row key={label}>
                <Table.HeaderCell scope="row">{label}</Table.HeaderCell>
                <Table.DataCell align="right">{value}</Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </section>
  );
}
