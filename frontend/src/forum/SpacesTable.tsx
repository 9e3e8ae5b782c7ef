import { Link as RouterLink } from 'react-router';
import { BodyShort, Button, ErrorMessage, Link, Table, VStack } from '@navikt/ds-react';
import type { SpaceSummary } from '../api/types';
import { useT } from '../i18n/i18n';
import { names } from '../common/format';
import { TableScroll } from '../common/TableScroll';

interface Props {
  spaces: SpaceSummary[];
  /** The server's explanation, per space, of why it would not open. */
  openErrors: Record<number, string>;
  onEditStaff: (space: SpaceSummary) => void;
  onOpen: (space: SpaceSummary) => void;
}

/** Every space with its state and staff, and what an administrator can do with it. */
export function SpacesTable({ spaces, openErrors, onEditStaff, onOpen }: Props) {
  const t = useT();
  const state = (s: SpaceSummary) =>
    s.kind === 'TOPIC' ? t(s.open ? 'forum.openedTopic' : 'forum.notOpened') : t(s.membership === 'OPEN' ? 'forum.openGroup' : 'forum.closedGroup');
  return (
    <TableScroll>
      <Table size="small" aria-labelledby="spaces-heading">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('forum.admin.name')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('forum.admin.kind')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('forum.admin.state')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('forum.moderators')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('forum.experts')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('common.actions')}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {spaces.map((s) => {
            const unopened = s.kind === 'TOPIC' && !s.open;
            const hintId = `open-hint-${s.id}`;
            const errorId = `open-error-${s.id}`;
            return (
              <Table.Row key={s.id}>
                <Table.HeaderCell scope="row">
                  <Link as={RouterLink} to={`/forum/rom/${s.id}`}>
                    {s.name}
                  </Link>
                </Table.HeaderCell>
                <Table.DataCell>{t(`forum.kind.${s.kind}`)}</Table.DataCell>
                <Table.DataCell>{state(s)}</Table.DataCell>
                <Table.DataCell>{names(s.moderators) || t('common.none')}</Table.DataCell>
                <Table.DataCell>{names(s.experts) || t('common.none')}</Table.DataCell>
                <Table.DataCell>
                  <VStack gap="space-8" align="start">
                    <Button size="small" variant="secondary" aria-label={t('forum.admin.editStaffLabel', { name: s.name })} onClick={() => onEditStaff(s)}>
                      {t('forum.admin.editStaff')}
                    </Button>
                    {unopened && (
                      <>
                        <Button
                          size="small"
                          aria-label={t('forum.admin.openLabel', { name: s.name })}
                          aria-describedby={openErrors[s.id] ? `${hintId} ${errorId}` : hintId}
                          onClick={() => onOpen(s)}
                        >
                          {t('forum.admin.open')}
                        </Button>
                        <BodyShort size="small" id={hintId} className="samtale-meta">
                          {t('forum.admin.openHint')}
                        </BodyShort>
                        <div role="alert" id={errorId}>
                          {openErrors[s.id] && <ErrorMessage size="small">{openErrors[s.id]}</ErrorMessage>}
                        </div>
                      </>
                    )}
                  </VStack>
                </Table.DataCell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
