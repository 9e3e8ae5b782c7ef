import { Heading, Table, VStack } from '@navikt/ds-react';
import type { SpaceFigures, SpaceKind } from '../api/types';
import { useLanguage } from '../i18n/i18n';
import { formatPercent } from './format';

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
      <section aria-labelledby="activity-heading">
        <Heading level="2" size="medium" id="activity-heading" spacing>
          {t('forum.figures.activity')}
        </Heading>
        <Table aria-labelledby="activity-heading" size="small">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('forum.figures.measure')}</Table.HeaderCell>
              <Table.HeaderCell scope="col" align="right">{t('forum.figures.value')}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {activity.map(([label, value]) => (
              <Table.Row key={label}>
                <Table.HeaderCell scope="row">{label}</Table.HeaderCell>
                <Table.DataCell align="right">{value}</Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </section>
      <section aria-labelledby="spread-heading">
        <Heading level="2" size="medium" id="spread-heading" spacing>
          {t('forum.figures.spread')}
        </Heading>
        <Table aria-labelledby="spread-heading" size="small">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('forum.figures.group')}</Table.HeaderCell>
              <Table.HeaderCell scope="col" align="right">{t('forum.figures.share')}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {spread.map(([label, share]) => (
              <Table.Row key={label}>
                <Table.HeaderCell scope="row">{label}</Table.HeaderCell>
                <Table.DataCell align="right">{formatPercent(share, language)}</Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </section>
    </VStack>
  );
}
