import { useCallback, useState } from 'react';
import { BodyShort, Button, HStack, Select, Table, VStack } from '@navikt/ds-react';
import { searchApi } from '../api/search';
import { publishingApi } from '../api/publishing';
import { useMe } from '../shell/session';
import { useLanguage, useT } from '../i18n/i18n';
import { LoadProblem } from '../common/LoadProblem';
import { useLoad } from '../common/useLoad';
import { PageHeading } from '../common/PageHeading';
import { StatusMessage } from '../common/StatusMessage';
import { TableScroll } from '../common/TableScroll';
import { errorText } from '../common/forms';
import { AnsweredOftenSection } from './AnsweredOftenSection';

const PERIODS = [7, 30, 90] as const;

/**
 * Questions searched for that found nothing, most often asked first: a list to write answers for; and the answers
 * advisors inserted into inbox replies most often, questions citizens keep asking. Editors turn a frequent one into
 * a post idea on a theme of their wheel (through the publishing API).
 */
export function UnansweredPage() {
  const t = useT();
  const me = useMe();
  const { language } = useLanguage();
  const [days, setDays] = useState<number>(30);
  const list = useLoad(useCallback(() => searchApi.unanswered(days), [days]));
  const editor = me.roles.includes('EDITOR') || me.roles.includes('ADMIN');
  const year = new Date().getFullYear();
  const wheel = useLoad(useCallback(() => (editor ? publishingApi.wheel(year) : Promise.resolve(null)), [editor, year]));
  const [themeId, setThemeId] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const date = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, { dateStyle: 'medium' });

  async function toIdea(question: string) {
    try {
      await publishingApi.addIdea(Number(themeId), question);
      setStatus(t('search.unanswered.ideaMade'));
    } catch (e) {
      setStatus(errorText(e, t));
    }
  }

  async function dismiss(id: number) {
    try {
      await searchApi.dismissUnanswered(id);
      setStatus(t('search.unanswered.dismissed'));
      await list.reload();
    } catch (e) {
      setStatus(errorText(e, t));
    }
  }

  return (
    <VStack gap="space-24">
      <PageHeading>{t('search.unanswered.title')}</PageHeading>
      <BodyShort>{t('search.unanswered.intro')}</BodyShort>
      <HStack gap="space-16" wrap>
        <Select label={t('search.unanswered.period')} size="small" value={String(days)} onChange={(e) => setDays(Number(e.target.value))}>
          {PERIODS.map((d) => (
            <option key={d} value={String(d)}>
              {t('search.unanswered.days', { days: String(d) })}
            </option>
          ))}
        </Select>
        {editor && wheel.data && (
          <Select label={t('search.unanswered.theme')} size="small" value={themeId} onChange={(e) => setThemeId(e.target.value)}>
            <option value="">{t('search.unanswered.chooseTheme')}</option>
            {wheel.data.themes.map((theme) => (
              <option key={theme.id} value={String(theme.id)}>
                {theme.title}
              </option>
            ))}
          </Select>
        )}
      </HStack>
      <StatusMessage text={status} />
      {list.data === null && <LoadProblem error={list.error} />}
      {list.data && list.data.length === 0 && <BodyShort>{t('search.unanswered.none')}</BodyShort>}
      {list.data && list.data.length > 0 && (
        <TableScroll>
          <Table size="small">
            <caption className="navds-sr-only">{t('search.unanswered.title')}</caption>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('search.unanswered.question')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('search.unanswered.times')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('search.unanswered.last')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('search.unanswered.actions')}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {list.data.map((q) => (
                <Table.Row key={q.id}>
                  <Table.DataCell>{q.question}</Table.DataCell>
                  <Table.DataCell>{q.times}</Table.DataCell>
                  <Table.DataCell>{date.format(new Date(q.lastAt))}</Table.DataCell>
                  <Table.DataCell>
                    <HStack gap="space-8">
                      {editor && (
                        <Button size="xsmall" variant="secondary" disabled={!themeId} onClick={() => void toIdea(q.question)}>
                          {t('search.unanswered.toIdea')}
                        </Button>
                      )}
                      <Button size="xsmall" variant="tertiary" onClick={() => void dismiss(q.id)}>
                        {t('search.unanswered.dismiss')}
                      </Button>
                    </HStack>
                  </Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      <AnsweredOftenSection days={days} canMakeIdeas={editor} themeChosen={themeId !== ''} onIdea={(text) => void toIdea(text)} />
    </VStack>
  );
}
