import { useCallback, useEffect, useState } from 'react';
import { Alert, BodyShort, Button, HStack, Heading, Table, VStack } from '@navikt/ds-react';
import { searchApi } from '../api/search';
import type { SynonymGroup } from '../api/types';
import { AdminPage } from '../shell/AdminPage';
import { useT } from '../i18n/i18n';
import { LoadProblem } from '../common/LoadProblem';
import { useLoad } from '../common/useLoad';
import { ConfirmModal } from '../common/ConfirmModal';
import { errorText } from '../common/forms';
import { SynonymModal } from './SynonymModal';
import { humanDuration } from '../common/format';
import { TableScroll } from '../common/TableScroll';
import { SearchNodes } from './SearchNodes';

type Dialog = { kind: 'add' } | { kind: 'edit'; group: SynonymGroup } | { kind: 'delete'; group: SynonymGroup } | null;

/** Search settings for administrators: the index's state, a rebuild, and the synonym list. */
export function SearchAdminPage() {
  const t = useT();
  const synonyms = useLoad(useCallback(() => searchApi.synonyms(), []));
  const status = useLoad(useCallback(() => searchApi.status(), []));
  const [dialog, setDialog] = useState<Dialog>(null);
  const [rebuildError, setRebuildError] = useState<string | null>(null);
  const { reload: reloadStatus } = status;
  const rebuilding = status.data?.rebuilding ?? false;

  // While a rebuild runs, look again every two seconds so the page says when it is done.
  useEffect(() => {
    if (!rebuilding) return;
    const timer = setInterval(() => void reloadStatus(), 2000);
    return () => clearInterval(timer);
  }, [rebuilding, reloadStatus]);

  async function rebuild() {
    setRebuildError(null);
    try {
      status.setData(await searchApi.rebuild());
    } catch (e) {
      setRebuildError(errorText(e, t));
    }
  }

  const saved = () => {
    setDialog(null);
    void synonyms.reload();
  };

  return (
    <AdminPage heading={t('search.admin.title')}>
      <VStack gap="space-16">
        <Heading level="2" size="medium">
          {t('search.admin.index')}
        </Heading>
        <div aria-live="polite">
          {status.data && (
            <BodyShort>
              {rebuilding
                ? t('search.admin.rebuilding')
                : t('search.admin.documents', { count: String(status.data.documents) })}
              {!rebuilding && status.data.lastRebuild &&
                ` ${t('search.admin.lastRebuild', { messages: String(status.data.lastRebuild.messages), duration: humanDuration(status.data.lastRebuild.millis, t) })}`}
            </BodyShort>
          )}
        </div>
        {status.data && <SearchNodes status={status.data} />}
        {rebuildError && <Alert variant="error">{rebuildError}</Alert>}
        <div>
          <Button variant="secondary" onClick={() => void rebuild()} loading={rebuilding}>
            {t('search.admin.rebuild')}
          </Button>
        </div>
      </VStack>
      <VStack gap="space-16">
        <Heading level="2" size="medium">
          {t('search.admin.synonyms')}
        </Heading>
        <BodyShort>{t('search.admin.synonymsIntro')}</BodyShort>
        <div>
          <Button onClick={() => setDialog({ kind: 'add' })}>{t('search.admin.add')}</Button>
        </div>
        {synonyms.data === null ? (
          <LoadProblem error={synonyms.error} />
        ) : (
          <TableScroll>
            <Table size="small">
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('search.admin.words')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('common.actions')}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {synonyms.data.map((group) => (
                  <Table.Row key={group.id}>
                    <Table.DataCell>{group.words.join(', ')}</Table.DataCell>
                    <Table.DataCell>
                      <HStack gap="space-8" wrap={false}>
                        <Button size="xsmall" variant="tertiary" onClick={() => setDialog({ kind: 'edit', group })}>
                          {t('search.admin.editShort')}
                          <span className="aksel-sr-only">: {group.words[0]}</span>
                        </Button>
                        <Button size="xsmall" variant="tertiary" onClick={() => setDialog({ kind: 'delete', group })}>
                          {t('search.admin.delete')}
                          <span className="aksel-sr-only">: {group.words[0]}</span>
                        </Button>
                      </HStack>
                    </Table.DataCell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        )}
      </VStack>
      {dialog?.kind === 'add' && <SynonymModal onClose={() => setDialog(null)} onSaved={saved} />}
      {dialog?.kind === 'edit' && <SynonymModal group={dialog.group} onClose={() => setDialog(null)} onSaved={saved} />}
      {dialog?.kind === 'delete' && (
        <ConfirmModal
          heading={t('search.admin.deleteHeading')}
          body={t('search.admin.deleteBody', { words: dialog.group.words.join(', ') })}
          confirm={t('search.admin.delete')}
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            await searchApi.deleteSynonyms(dialog.group.id);
            saved();
          }}
        />
      )}
    </AdminPage>
  );
}
