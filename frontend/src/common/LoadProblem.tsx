import { Alert, Loader } from '@navikt/ds-react';
import { ApiError } from '../api/http';
import { useT } from '../i18n/i18n';
import { errorText } from './forms';

interface Props {
  error: unknown;
  /** What to say when the server answers 404; a general sentence when not given. */
  notFound?: string;
  /** What to say when the server answers 403; a general sentence when not given. */
  forbidden?: string;
}

/** What to show while a page's data is on its way, or why it never came. */
export function LoadProblem({ error, notFound, forbidden }: Props) {
  const t = useT();
  if (error === null) return <Loader size="large" title={t('common.loading')} />;
  // An address whose id is not a number (/klager/abc) names nothing there is: the same as a 404 to the reader.
  const unreadableId = error instanceof ApiError && error.status === 400 && 'id' in error.fieldErrors;
  if (unreadableId || (error instanceof ApiError && error.status === 404)) return <Alert variant="warning">{notFound ?? t('common.notFound')}</Alert>;
  if (error instanceof ApiError && error.status === 403) return <Alert variant="warning">{forbidden ?? t('common.forbidden')}</Alert>;
  return <Alert variant="error">{errorText(error, t)}</Alert>;
}
