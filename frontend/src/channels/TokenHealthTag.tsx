import { Tag } from '@navikt/ds-react';
import { ExclamationmarkTriangleFillIcon } from '@navikt/aksel-icons';
import type { TokenHealth } from '../api/types';
import { formatDateTime, useLanguage } from '../i18n/i18n';

const BAD = ['REFRESH_FAILING', 'REVOKED', 'SCOPE_MISSING', 'APP_NOT_APPROVED', 'VERSION_RETIRED'];

/** The health of an account's connection, with the date an expiring grant ends or a spent quota resets. */
export function TokenHealthTag({ health }: { health: TokenHealth }) {
  const { t, language } = useLanguage();
  const label = t(`channels.health.${health.state}`);
  const text = health.date ? `${label} (${formatDateTime(health.date, language)})` : label;
  if (BAD.includes(health.state)) {
    return (
      <Tag size="small" variant="strong" data-color="danger" icon={<ExclamationmarkTriangleFillIcon aria-hidden />}>
        {text}
      </Tag>
    );
  }
  const color = health.state === 'VALID' ? 'success' : health.state === 'NOT_CONNECTED' ? 'neutral' : 'warning';
  return (
    <Tag size="small" variant="outline" data-color={color}>
      {text}
    </Tag>
  );
}
