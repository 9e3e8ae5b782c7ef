import { LoadProblem } from '../common/LoadProblem';
import { useT } from '../i18n/i18n';

/** LoadProblem in the forum's words: a 403 there means a closed group. */
export function ForumLoadProblem({ error, notFound }: { error: unknown; notFound?: string }) {
  const t = useT();
  return <LoadProblem error={error} notFound={notFound ?? t('forum.notFound')} forbidden={t('forum.forbidden')} />;
}
