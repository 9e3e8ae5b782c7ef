import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { BodyShort, Button, HStack, Pagination, Table, TextField, VStack } from '@navikt/ds-react';
import { AdminPage } from '../shell/AdminPage';
import { channelsApi } from '../api/channels';
import type { SimulatorState } from '../api/types';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { fieldError, formLevelError } from '../common/forms';
import { Section } from '../common/Section';
import { useSubmit } from '../common/useSubmit';
import { LoadProblem } from '../common/LoadProblem';
import { StatusMessage } from '../common/StatusMessage';
import { useLoad } from '../common/useLoad';
import { TableScroll } from '../common/TableScroll';

/** A simulated account's rate and mix, what it has produced, and what the simulated platform received. */
export function SimulatorPage() {
  const { t, language } = useLanguage();
  const accountId = Number(useParams().accountId);
  const account = useLoad(channelsApi.accounts).data?.find((a) => a.id === accountId);
  const state = useLoad(useCallback(() => channelsApi.simulator(accountId), [accountId]));
  const [page, setPage] = useState(0);
  const sent = useLoad(useCallback(() => channelsApi.simulatorSent(accountId, page), [accountId, page]));
  const [rate, setRate] = useState('');
  const [share, setShare] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const { busy, error, submit } = useSubmit({ resetBusyOnSuccess: true });

  const fill = (s: SimulatorState) => (setRate(String(s.ratePerMinute)), setShare(String(Math.round(s.privateShare * 100))));
  useEffect(() => {
    if (state.data) fill(state.data);
  }, [state.data]);

  const save = submit(async () => {
    const saved = await channelsApi.setSimulator(accountId, { ratePerMinute: Number(rate), privateShare: Number(share) / 100 });
    state.setData(saved);
    setStatus(t('channels.simulator.saved'));
  });

  const heading = account ? t('channels.simulator.title', { name: account.name }) : t('channels.simulator.titlePlain');
  return (
    <AdminPage heading={heading}>
      <VStack gap="space-32">
        <StatusMessage text={status} />
        {state.data === null ? (
          <LoadProblem error={state.error} notFound={t('channels.simulator.notFound')} />
        ) : (
          <>
            <Section heading={t('channels.simulator.settings')}>
              <form onSubmit={save} noValidate>
                <VStack gap="space-16">
                  {formLevelError(error, t) && <BodyShort role="alert">{formLevelError(error, t)}</BodyShort>}
                  <HStack gap="space-16" align="end" wrap>
                    <TextField
                      label={t('channels.simulator.rate')}
                      description={t('channels.simulator.rateHint')}
                      inputMode="numeric"
                      htmlSize={8}
                      value={rate}
                      onChange={(e) => setRate(e.target.value)}
                      error={fieldError(error, 'ratePerMinute')}
                    />
                    <TextField
                      label={t('channels.simulator.share')}
                      description={t('channels.simulator.shareHint')}
                      inputMode="numeric"
                      htmlSize={8}
                      value={share}
                      onChange={(e) => setShare(e.target.value)}
                      error={fieldError(error, 'privateShare')}
                    />
                  </HStack>
                  <HStack gap="space-8">
                    <Button type="submit" loading={busy}>
                      {t('common.save')}
                    </Button>
                    <Button type="button" variant="secondary" onClick={() => void state.reload()}>
                      {t('channels.simulator.refresh')}
                    </Button>
                  </HStack>
                  <dl className="samtale-definitions">
                    <dt>{t('channels.simulator.generated')}</dt>
                    <dd>{state.data.generated}</dd>
                    <dt>{t('channels.simulator.repliesReceived')}</dt>
                    <dd>{state.data.repliesReceived}</dd>
                  </dl>
                </VStack>
              </form>
            </Section>
            <Section heading={t('channels.simulator.sent')} id="simulator-sent">
              {sent.data === null ? (
                <LoadProblem error={sent.error} />
              ) : sent.data.items.length === 0 ? (
                <BodyShort>{t('channels.simulator.sentEmpty')}</BodyShort>
              ) : (
                <TableScroll>
                  <Table size="small" aria-labelledby="simulator-sent">
                    <Table.Header>
                      <Table.Row>
                        <Table.HeaderCell scope="col">{t('channels.simulator.at')}</Table.HeaderCell>
                        <Table.HeaderCell scope="col">{t('channels.simulator.action')}</Table.HeaderCell>
                        <Table.HeaderCell scope="col">{t('channels.simulator.target')}</Table.HeaderCell>
                        <Table.HeaderCell scope="col">{t('channels.simulator.body')}</Table.HeaderCell>
                      </Table.Row>
                    </Table.Header>
                    <Table.Body>
                      {sent.data.items.map((s, i) => (
                        <Table.Row key={`${s.at}-${i}`}>
                          <Table.DataCell>{formatDateTime(s.at, language)}</Table.DataCell>
                          <Table.DataCell>{s.action}</Table.DataCell>
                          <Table.DataCell>{s.target}</Table.DataCell>
                          <Table.DataCell>
                            <span className="samtale-text">{s.body}</span>
                          </Table.DataCell>
                        </Table.Row>
                      ))}
                    </Table.Body>
                  </Table>
                </TableScroll>
              )}
              {sent.data && sent.data.totalPages > 1 && (
                <Pagination page={page + 1} count={sent.data.totalPages} onPageChange={(p) => setPage(p - 1)} srHeading={{ tag: 'h3', text: t('inbox.pages') }} />
              )}
            </Section>
          </>
        )}
      </VStack>
    </AdminPage>
  );
}
