import { useEffect, useState } from 'react';
import { Alert, BodyShort, Button, HStack, Link, List, Table, VStack } from '@navikt/ds-react';
import { archiveApi } from '../api/archive';
import type { ArchiveExtract } from '../api/types';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { DateField } from '../common/DateField';
import { TableScroll } from '../common/TableScroll';
import { errorText } from '../common/forms';
import { findingText } from './findingText';

/** Last month, the period an archivist most often deposits. */
export function lastMonth(today = new Date()): { from: string; to: string } {
  const first = new Date(today.getFullYear(), today.getMonth() - 1, 1);
  const last = new Date(today.getFullYear(), today.getMonth(), 0);
  const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return { from: iso(first), to: iso(last) };
}

interface Props {
  extracts: ArchiveExtract[];
  onChanged: () => unknown;
  onStatus: (text: string) => void;
}

/** Making an extract of a closed period, and the extracts made: their state, report and download. */
export function ArchiveExtracts({ extracts, onChanged, onStatus }: Props) {
  const { t, language } = useLanguage();
  const [period, setPeriod] = useState(lastMonth);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const building = extracts.some((e) => e.state === 'BUILDING');

  useEffect(() => {
    if (!building) return;
    const timer = window.setInterval(onChanged, 2000);
    return () => window.clearInterval(timer);
  }, [building, onChanged]);

  async function make() {
    setBusy(true);
    setFailure(null);
    try {
      await archiveApi.extract(period.from, period.to);
      onStatus(t('archive.extracts.started'));
      onChanged();
    } catch (e) {
      setFailure(errorText(e, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <VStack gap="space-16">
      <HStack gap="space-16" align="end" wrap>
        <DateField label={t('archive.extracts.from')} value={period.from} onChange={(from) => setPeriod((p) => ({ ...p, from }))} size="small" />
        <DateField label={t('archive.extracts.to')} value={period.to} onChange={(to) => setPeriod((p) => ({ ...p, to }))} size="small" />
        <Button size="small" loading={busy} onClick={() => void make()}>
          {t('archive.extracts.make')}
        </Button>
      </HStack>
      {failure && <Alert variant="error">{failure}</Alert>}
      {extracts.length === 0 ? (
        <BodyShort>{t('archive.extracts.none')}</BodyShort>
      ) : (
        <TableScroll>
          <Table size="small" aria-labelledby="archive-extracts-heading">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('archive.extracts.period')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('archive.extracts.state')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('archive.extracts.report')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('archive.extracts.download')}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {extracts.map((e) => (
                <Table.Row key={e.id}>
                  <Table.HeaderCell scope="row">
                    {e.from} – {e.to}
                  </Table.HeaderCell>
                  <Table.DataCell>
                    {t(`archive.extractState.${e.state}`)}
                    {e.finishedAt && <BodyShort size="small">{formatDateTime(e.finishedAt, language)}</BodyShort>}
                  </Table.DataCell>
                  <Table.DataCell>
                    {e.folders !== null && e.folders !== undefined && (
                      <BodyShort size="small">{t('archive.extracts.counts', { folders: e.folders, entries: e.entries ?? 0, documents: e.documents ?? 0 })}</BodyShort>
                    )}
                    {e.checkFindings.length > 0 && (
                      <List size="small" aria-label={t('archive.extracts.failuresLabel')}>
                        {e.checkFindings.map((f, i) => (
                          <List.Item key={i}>{findingText(f, t)}</List.Item>
                        ))}
                      </List>
                    )}
                    {e.sha256 && <BodyShort size="small" className="samtale-archive-sha">SHA-256 {e.sha256}</BodyShort>}
                  </Table.DataCell>
                  <Table.DataCell>
                    {e.downloadUrl ? (
                      <Link href={e.downloadUrl} download aria-label={t('archive.extracts.downloadLabel', { from: e.from, to: e.to })}>
                        {t('archive.extracts.download')}
                      </Link>
                    ) : (
                      '–'
                    )}
                  </Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </VStack>
  );
}
