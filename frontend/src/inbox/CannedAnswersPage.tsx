import { useCallback, useEffect, useState } from 'react';
import { BodyShort, Button, HStack, Table, VStack } from '@navikt/ds-react';
import { teamsApi } from '../api/teams';
import { inboxApi } from '../api/inbox';
import type { CannedAnswer } from '../api/types';
import { useT } from '../i18n/i18n';
import { ConfirmModal } from '../common/ConfirmModal';
import { RefSelect } from '../common/RefSelect';
import { LoadProblem } from '../common/LoadProblem';
import { StatusMessage } from '../common/StatusMessage';
import { useLoad } from '../common/useLoad';
import { CannedAnswerModal } from './CannedAnswerModal';
import { InboxFrame } from './InboxFrame';
import { TableScroll } from '../common/TableScroll';

type Dialog = { kind: 'edit'; answer: CannedAnswer | null } | { kind: 'delete'; answer: CannedAnswer } | null;

/** A team's canned answers: list, write, change and delete them. */
export function CannedAnswersPage() {
  const t = useT();
  const teams = useLoad(teamsApi.teams);
  const [teamId, setTeamId] = useState<number | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    if (teamId === null && teams.data && teams.data.length > 0) setTeamId(teams.data[0].id);
  }, [teams.data, teamId]);

  const answers = useLoad(useCallback(() => (teamId === null ? Promise.resolve([]) : inboxApi.cannedAnswers(teamId)), [teamId]));

  function done(text: string) {
    setDialog(null);
    setStatus(text);
    void answers.reload();
  }

  return (
    <InboxFrame heading={t('inbox.canned.title')}>
      <VStack gap="space-24">
        <BodyShort>{t('inbox.canned.intro')}</BodyShort>
        <StatusMessage text={status} />
        {teams.data === null ? (
          <LoadProblem error={teams.error} />
        ) : teams.data.length === 0 ? (
          <BodyShort>{t('inbox.canned.noTeams')}</BodyShort>
        ) : (
          <>
            <HStack gap="space-16" align="end" wrap>
              <RefSelect label={t('inbox.filter.team')} size="small" options={teams.data} value={teamId} onChange={setTeamId} />
              <Button size="small" onClick={() => setDialog({ kind: 'edit', answer: null })}>
                {t('inbox.canned.new')}
              </Button>
            </HStack>
            {answers.data === null ? (
              <LoadProblem error={answers.error} />
            ) : answers.data.length === 0 ? (
              <BodyShort>{t('inbox.canned.empty')}</BodyShort>
            ) : (
              <TableScroll>
              <Table size="small" aria-label={t('inbox.canned.table')}>
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('inbox.canned.titleLabel')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('inbox.canned.body')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('common.actions')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {answers.data.map((a) => (
                    <Table.Row key={a.id}>
                      <Table.HeaderCell scope="row">{a.title}</Table.HeaderCell>
                      <Table.DataCell>
                        <span className="samtale-text">{a.body}</span>
                      </Table.DataCell>
                      <Table.DataCell>
                        <HStack gap="space-8" wrap={false} className="samtale-actions">
                          <Button size="small" variant="secondary" aria-label={t('inbox.canned.editLabel', { title: a.title })} onClick={() => setDialog({ kind: 'edit', answer: a })}>
                            {t('users.edit')}
                          </Button>
                          <Button size="small" variant="tertiary" aria-label={t('inbox.canned.deleteLabel', { title: a.title })} onClick={() => setDialog({ kind: 'delete', answer: a })}>
                            {t('inbox.canned.delete')}
                          </Button>
                        </HStack>
                      </Table.DataCell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
              </TableScroll>
            )}
          </>
        )}
      </VStack>
      {dialog?.kind === 'edit' && teamId !== null && (
        <CannedAnswerModal
          teamId={teamId}
          answer={dialog.answer}
          onSaved={(a) => done(t('inbox.canned.saved', { title: a.title }))}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmModal
          heading={t('inbox.canned.deleteHeading')}
          body={t('inbox.canned.deleteBody', { title: dialog.answer.title })}
          confirm={t('inbox.canned.delete')}
          onConfirm={async () => {
            await inboxApi.deleteCannedAnswer(dialog.answer.id);
            done(t('inbox.canned.deleted', { title: dialog.answer.title }));
          }}
          onClose={() => setDialog(null)}
        />
      )}
    </InboxFrame>
  );
}
