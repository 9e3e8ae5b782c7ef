import { Alert, Loader } from '@navikt/ds-react';
import { ApiError } from '../api/client';
import { useT } from '../i18n/i18n';
import { errorText } from '../shell/forms';

/** What to show while a page's data is on its way, or why it never came; `notFound` names what is missing. */
export function LoadProblem({ error, notFound }: { error: unknown; notFound?: string }) {
  const t = useT();
  if (error === null) return <Loader size="large" title={t('common.loading')} />;
  if (error instanceof ApiError && error.status === 404) return <Alert variant="warning">{notFound ?? t('forum.notFound')}</Alert>;
  if (error instanceof ApiError && error.status === 403) return <Alert variant="warning">{t('forum.forbidden')}</Alert>;
  return <Alert variant="error">{errorText(error, t)}</Alert>;
}
