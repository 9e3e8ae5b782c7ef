import { useCallback, useEffect, useState } from 'react';
import { Alert, BodyShort, Button, Table, VStack } from '@navikt/ds-react';
import { identityApi } from '../api/identity';
import type { Unit } from '../api/types';
import { useT } from '../i18n/i18n';
import { errorText } from '../common/forms';
import { AdminPage } from '../shell/AdminPage';
import { UnitModal } from './UnitModal';
import { TableScroll } from '../common/TableScroll';

export function UnitsPage() {
  const t = useT();
  const [units, setUnits] = useState<Unit[] | null>(null);
  const [editing, setEditing] = useState<Unit | 'new' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setUnits(await identityApi.units());
    } catch (e) {
      setError(errorText(e, t));
    }
  }, [t]);

  useEffect(() => {
    void load();
  }, [load]);

  const nameOf = (id: number | null) => units?.find((u) => u.id === id)?.name ?? '–';
  return (
    <AdminPage heading={t('admin.units')}>
      <VStack gap="space-16">
        <div>
          <Button onClick={() => setEditing('new')}>{t('units.new')}</Button>
        </div>
        {message && (
          <Alert variant="success" role="status">
            {message}
          </Alert>
        )}
        {error && <Alert variant="error">{error}</Alert>}
        {units && units.length === 0 && <BodyShort>{t('units.empty')}</BodyShort>}
        {units && units.length > 0 && (
          <TableScroll>
            <Table aria-label={t('units.table')}>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('units.name')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('units.kind')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('units.parent')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('common.actions')}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {units.map((unit) => (
                  <Table.Row key={unit.id}>
                    <Table.HeaderCell scope="row">{unit.name}</Table.HeaderCell>
                    <Table.DataCell>{t(`unitKind.${unit.kind}`)}</Table.DataCell>
                    <Table.DataCell>{nameOf(unit.parentId)}</Table.DataCell>
                    <Table.DataCell>
                      <Button size="small" variant="secondary" aria-label={t('units.editLabel', { name: unit.name })} onClick={() => setEditing(unit)}>
                        {t('units.edit')}
                      </Button>
                    </Table.DataCell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        )}
      </VStack>
      {editing && (
        <UnitModal
          unit={editing === 'new' ? null : editing}
          units={units ?? []}
          onSaved={(unit) => {
            setMessage(t(editing === 'new' ? 'units.created' : 'units.saved', { name: unit.name }));
            setEditing(null);
            void load();
          }}
          onClose={() => setEditing(null)}
        />
      )}
    </AdminPage>
  );
}
