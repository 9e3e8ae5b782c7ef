import { BodyShort, Button, HStack, Table, VStack } from '@navikt/ds-react';
import type { Erasure } from '../api/types';
import { formatDateTime, useLanguage, type Translate } from '../i18n/i18n';
import { useMe } from '../shell/session';
import { ErasedFacts } from './ErasedFacts';
import { ErasureStateTag } from './ErasureStateTag';
import { describeSubject } from './subjectText';
import { TableScroll } from '../common/TableScroll';

interface Props {
  erasures: Erasure[];
  onApprove: (erasure: Erasure, who: string) => void;
  onReject: (erasure: Erasure, who: string) => void;
}

/** Who is named once erased: the request keeps only the fingerprint, never the person. */
export function erasureWho(erasure: Erasure, t: Translate): string {
  return erasure.subject ? describeSubject(erasure.subject, t) : t('privacy.erasure.erasedSubject', { fingerprint: erasure.fingerprint.slice(0, 12) });
}

/** The erasure requests, newest first, with approve and reject for those who may decide. */
export function ErasureList({ erasures, onApprove, onReject }: Props) {
  const { t, language } = useLanguage();
  const me = useMe();
  return (
    <TableScroll>
      <Table size="small" aria-labelledby="erasures-heading">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('privacy.erasure.who')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('privacy.erasure.reason')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('privacy.erasure.state')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('privacy.erasure.requested')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('privacy.erasure.decision')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('common.actions')}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {erasures.map((e) => {
            const who = erasureWho(e, t);
            const own = e.requestedBy.id === me.id;
            return (
              <Table.Row key={e.id}>
                <Table.HeaderCell scope="row" className="samtale-privacy-id">
                  {who}
                </Table.HeaderCell>
                <Table.DataCell className="samtale-privacy-id">{e.reason}</Table.DataCell>
                <Table.DataCell>
                  <ErasureStateTag state={e.state} />
                  {e.holds.length > 0 && (
                    <VStack gap="space-2">
                      <BodyShort size="small" weight="semibold">
                        {t('privacy.erasure.held')}
                      </BodyShort>
                      {e.holds.map((h) => (
                        <BodyShort size="small" key={`${h.holder}-${h.reference}`}>
                          {t('privacy.erasure.heldRecord', { reference: h.reference, title: h.title, basis: h.legalBasis })}
                        </BodyShort>
                      ))}
                    </VStack>
                  )}
                </Table.DataCell>
                <Table.DataCell>
                  <VStack gap="space-2">
                    <span>{own ? t('privacy.erasure.byYou', { name: e.requestedBy.name }) : e.requestedBy.name}</span>
                    <BodyShort size="small">{formatDateTime(e.requestedAt, language)}</BodyShort>
                  </VStack>
                </Table.DataCell>
                <Table.DataCell>
                  {e.decidedBy ? (
                    <VStack gap="space-2">
                      <span>{e.decidedBy.name}</span>
                      {e.decidedAt && <BodyShort size="small">{formatDateTime(e.decidedAt, language)}</BodyShort>}
                      <ErasedFacts erased={e.erased ?? []} total={e.erasedRecords} />
                      {e.decisionComment && <BodyShort size="small">{e.decisionComment}</BodyShort>}
                    </VStack>
                  ) : (
                    '–'
                  )}
                </Table.DataCell>
                <Table.DataCell>
                  {e.canDecide ? (
                    <HStack gap="space-8" wrap={false}>
                      <Button size="small" data-color="danger" aria-label={t('privacy.erasure.approveLabel', { who })} onClick={() => onApprove(e, who)}>
                        {t('privacy.erasure.approve')}
                      </Button>
                      <Button size="small" variant="secondary" aria-label={t('privacy.erasure.rejectLabel', { who })} onClick={() => onReject(e, who)}>
                        {t('privacy.erasure.reject')}
                      </Button>
                    </HStack>
                  ) : e.state === 'PENDING' ? (
                    <BodyShort size="small">{t(own ? 'privacy.erasure.ownRequest' : 'privacy.erasure.waiting')}</BodyShort>
                  ) : (
                    '–'
                  )}
                </Table.DataCell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
