import { BodyShort, List } from '@navikt/ds-react';
import type { ErasedKind } from '../api/types';
import { useLanguage } from '../i18n/i18n';

/**
 * What an erasure did, per kind of record, in the reader's words ("2 sendte svar anonymisert"); kinds where nothing
 * was done are left out. Requests carried out before the kinds were kept say only how many records went.
 */
export function ErasedFacts({ erased, total }: { erased: ErasedKind[]; total: number | null }) {
  const { t } = useLanguage();
  const done = erased.filter((kind) => kind.count > 0);
  if (done.length === 0) {
    return total === null ? null : <BodyShort size="small">{t('privacy.erasure.erasedRecords', { count: total })}</BodyShort>;
  }
  return (
    <div>
      <BodyShort size="small" weight="semibold">
        {t('privacy.erasure.whatWasDone')}
      </BodyShort>
      <List as="ul" size="small">
        {done.map((kind) => (
          <List.Item key={kind.kind}>{t(`privacy.erasure.kind.${kind.kind}`, { count: kind.count })}</List.Item>
        ))}
      </List>
    </div>
  );
}
