import { useCallback, useState } from 'react';
import { useParams } from 'react-router';
import { BodyShort, Button, Table, Textarea, TextField, VStack } from '@navikt/ds-react';
import { PageHeading } from '../common/PageHeading';
import { channelsApi } from '../api/channels';
import { useLanguage } from '../i18n/i18n';
import { fieldError, formLevelError } from '../common/forms';
import { Section } from '../common/Section';
import { LoadProblem } from '../common/LoadProblem';
import { StatusMessage } from '../common/StatusMessage';
import { TableScroll } from '../common/TableScroll';
import { useLoad } from '../common/useLoad';
import { useSubmit } from '../common/useSubmit';
import { DateField } from '../common/DateField';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * A manual channel (Snapchat has no API): the team logs the conversations held in the app, as a topic and what was
 * answered, never who it was with; and imports the app's story and follower figures from CSV.
 */
export function ManualChannelPage() {
  const { t, language } = useLanguage();
  const accountId = Number(useParams().accountId);
  const accounts = useLoad(channelsApi.accounts);
  const account = accounts.data?.find((a) => a.id === accountId);
  const log = useLoad(useCallback(() => channelsApi.manualLog(accountId), [accountId]));
  const [topic, setTopic] = useState('');
  const [summary, setSummary] = useState('');
  const [heldOn, setHeldOn] = useState(today());
  const [csv, setCsv] = useState('date,metric,value\n');
  const [status, setStatus] = useState<string | null>(null);
  const add = useSubmit({ resetBusyOnSuccess: true });
  const load = useSubmit({ resetBusyOnSuccess: true });

  const save = add.submit(async () => {
    await channelsApi.logManual(accountId, { topic: topic.trim(), replySummary: summary.trim(), heldOn });
    setTopic('');
    setSummary('');
    setStatus(t('channels.manual.logged'));
    await log.reload();
  });
  const importCsv = load.submit(async () => {
    const result = await channelsApi.importFigures(accountId, csv);
    setStatus(t('channels.manual.imported', { count: result.figures }));
  });

  const heading = account ? t('channels.manual.title', { name: account.name }) : t('channels.manual.titlePlain');
  return (
    <VStack gap="space-32">
      <PageHeading>{heading}</PageHeading>
      <VStack gap="space-32">
        <BodyShort>{t('channels.manual.intro')}</BodyShort>
        <StatusMessage text={status} />
        <Section heading={t('channels.manual.logHeading')}>
          <form onSubmit={save} noValidate>
            <VStack gap="space-16">
              {formLevelError(add.error, t) && <BodyShort role="alert">{formLevelError(add.error, t)}</BodyShort>}
              <TextField label={t('channels.manual.topic')} description={t('channels.manual.topicHint')} value={topic} onChange={(e) => setTopic(e.target.value)} error={fieldError(add.error, 'topic')} />
              <Textarea label={t('channels.manual.summary')} description={t('channels.manual.summaryHint')} value={summary} onChange={(e) => setSummary(e.target.value)} error={fieldError(add.error, 'replySummary')} />
              <DateField label={t('channels.manual.heldOn')} value={heldOn} onChange={setHeldOn} error={fieldError(add.error, 'heldOn')} />
              <div>
                <Button type="submit" loading={add.busy}>
                  {t('channels.manual.save')}
                </Button>
              </div>
            </VStack>
          </form>
        </Section>
        <Section heading={t('channels.manual.listHeading')}>
          {log.data === null ? (
            <LoadProblem error={log.error} notFound={t('channels.connection.notFound')} />
          ) : log.data && log.data.length === 0 ? (
            <BodyShort>{t('channels.manual.empty')}</BodyShort>
          ) : (
            <TableScroll>
              <Table size="small">
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('channels.manual.heldOn')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('channels.manual.topic')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('channels.manual.summary')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {(log.data ?? []).map((e) => (
                    <Table.Row key={e.id}>
                      <Table.DataCell>{new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, { dateStyle: 'medium' }).format(new Date(e.heldOn))}</Table.DataCell>
                      <Table.DataCell>{e.topic}</Table.DataCell>
                      <Table.DataCell>{e.replySummary}</Table.DataCell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </TableScroll>
          )}
        </Section>
        <Section heading={t('channels.manual.figuresHeading')}>
          <form onSubmit={importCsv} noValidate>
            <VStack gap="space-16">
              <Textarea label={t('channels.manual.csv')} description={t('channels.manual.csvHint')} value={csv} onChange={(e) => setCsv(e.target.value)} error={fieldError(load.error, 'csv')} minRows={4} />
              <div>
                <Button type="submit" variant="secondary" loading={load.busy}>
                  {t('channels.manual.import')}
                </Button>
              </div>
            </VStack>
          </form>
        </Section>
      </VStack>
    </VStack>
  );
}
