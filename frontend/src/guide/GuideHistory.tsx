import { Button, HStack, Table } from '@navikt/ds-react';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { TableScroll } from '../common/TableScroll';
import type { GuideVersionView } from './guideApi';

interface Props {
  versions: GuideVersionView[];
  onEdit: (version: number) => void;
  onPublish: (version: number) => void;
}

/** The guide's versions, newest first: the live one marked; each can be edited from or published. */
export function GuideHistory({ versions, onEdit, onPublish }: Props) {
  const { t, language } = useLanguage();
  return (
    <div className="samtale-guide-history">
      <TableScroll>
        <Table size="small">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('guide.admin.version')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('guide.admin.savedAt')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('guide.admin.note')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('guide.admin.state')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('common.actions')}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {versions.map((v) => (
              <Table.Row key={v.version}>
                <Table.DataCell>{v.version}</Table.DataCell>
                <Table.DataCell>{formatDateTime(v.savedAt, language)}</Table.DataCell>
                <Table.DataCell>{v.note ?? ''}</Table.DataCell>
                <Table.DataCell>{v.live ? t('guide.admin.live') : v.publishedAt ? t('guide.admin.earlier') : t('guide.admin.draft')}</Table.DataCell>
                <Table.DataCell>
                  <HStack gap="space-8" wrap={false}>
                    <Button size="xsmall" variant="tertiary" onClick={() => onEdit(v.version)}>
                      {t('guide.admin.edit')}
                      <span className="aksel-sr-only"> {v.version}</span>
                    </Button>
                    {!v.live && (
                      <Button size="xsmall" variant="secondary" onClick={() => onPublish(v.version)}>
                        {t('guide.admin.publish')}
                        <span className="aksel-sr-only"> {v.version}</span>
                      </Button>
                    )}
                  </HStack>
                </Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </div>
  );
}
