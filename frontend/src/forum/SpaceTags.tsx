import { HStack, Tag } from '@navikt/ds-react';
import type { SpaceSummary } from '../api/types';
import { useT } from '../i18n/i18n';

/** Kind, closed or not yet opened, and the reader's own role, all in words. */
export function SpaceTags({ space }: { space: SpaceSummary }) {
  const t = useT();
  return (
    <HStack gap="space-8" wrap>
      <Tag size="small" variant="outline" data-color="neutral">
        {t(`forum.kind.${space.kind}`)}
      </Tag>
      {space.kind === 'GROUP' && space.membership === 'CLOSED' && (
        <Tag size="small" variant="moderate" data-color="warning">
          {t('forum.closedGroup')}
        </Tag>
      )}
      {space.kind === 'TOPIC' && !space.open && (
        <Tag size="small" variant="moderate" data-color="warning">
          {t('forum.notOpened')}
        </Tag>
      )}
      {space.myRole && (
        <Tag size="small" variant="moderate" data-color="info">
          {t(`forum.myRole.${space.myRole}`)}
        </Tag>
      )}
    </HStack>
  );
}
