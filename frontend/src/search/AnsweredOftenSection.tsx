import { useCallback } from 'react';
import { Link as RouterLink } from 'react-router';
import { BodyShort, Button, Heading, Link, Table, VStack } from '@navikt/ds-react';
import { searchApi } from '../api/search';
import { useT } from '../i18n/i18n';
import { LoadProblem } from '../common/LoadProblem';
import { useLoad } from '../common/useLoad';
import { TableScroll } from '../common/TableScroll';
import { hitPath } from './SearchResult';

interface Props {
  /** The period, as the page's list of unanswered questions has it. */
  days: number;
  /** Editors (and admins) turn one into a post idea on the theme chosen above. */
  canMakeIdeas: boolean;
  themeChosen: boolean;
  onIdea: (text: string) => void;
}

/**
 * The answers advisors inserted into inbox replies most often in the period: questions citizens keep asking, told by
 * the answer they got, so no citizen's text is shown. Each links to where it is read.
 */
export function AnsweredOftenSection({ days, canMakeIdeas, themeChosen, onIdea }: Props) {
  const t = useT();
  const answered = useLoad(useCallback(() => searchApi.answeredOften(days), [days]));
  return (
    <section aria-labelledby="answered-often">
      <VStack gap="space-8">
        <Heading level="2" size="medium" id="answered-often">
          {t('search.answered.title')}
        </Heading>
        <BodyShort>{t('search.answered.intro')}</BodyShort>
        {answered.data === null && <LoadProblem error={answered.error} />}
        {answered.data && answered.data.length === 0 && <BodyShort>{t('search.answered.none')}</BodyShort>}
        {answered.data && answered.data.length > 0 && (
          <TableScroll>
            <Table size="small">
              <caption className="navds-sr-only">{t('search.answered.title')}</caption>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('search.answered.answer')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('search.answered.source')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('search.unanswered.times')}</Table.HeaderCell>
                  {canMakeIdeas && <Table.HeaderCell scope="col">{t('search.unanswered.actions')}</Table.HeaderCell>}
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {answered.data.map((a) => (
                  <Table.Row key={`${a.source}:${a.id}`}>
                    <Table.DataCell>
                      <Link as={RouterLink} to={hitPath(a.source, a.id, a.space.id)}>
                        {a.title}
                      </Link>
                    </Table.DataCell>
                    <Table.DataCell>{t(`search.source.${a.source}` as 'search.source.INBOX')}</Table.DataCell>
                    <Table.DataCell>{a.times}</Table.DataCell>
                    {canMakeIdeas && (
                      <Table.DataCell>
                        <Button size="xsmall" variant="secondary" disabled={!themeChosen} onClick={() => onIdea(a.title)}>
                          {t('search.unanswered.toIdea')}
                        </Button>
                      </Table.DataCell>
                    )}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        )}
      </VStack>
    </section>
  );
}
