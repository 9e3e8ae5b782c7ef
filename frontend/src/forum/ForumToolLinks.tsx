import { Link as RouterLink } from 'react-router';
import { HStack, Link } from '@navikt/ds-react';
import { useT } from '../i18n/i18n';
import { useMe } from '../shell/session';

/**
 * Links to the moderator and department pages. The API has no flag for "may see the escalation queue",
 * so the links follow the roles and unit kind; the server decides what each page actually shows.
 */
export function ForumToolLinks() {
  const t = useT();
  const me = useMe();
  const moderates = me.roles.includes('MODERATOR') || me.roles.includes('ADMIN');
  const department = me.unit?.kind === 'DEPARTMENT';
  const admin = me.roles.includes('ADMIN');
  if (!moderates && !department) return null;
  return (
    <nav aria-label={t('forum.toolsNav')}>
      <HStack as="ul" gap="space-24" className="samtale-plain-list">
        {moderates && (
          <li>
            <Link as={RouterLink} to="/forum/moderering">
              {t('forum.moderation.title')}
            </Link>
          </li>
        )}
        <li>
          <Link as={RouterLink} to="/forum/eskaleringer">
            {t('forum.escalations.title')}
          </Link>
        </li>
        {admin && (
          <li>
            <Link as={RouterLink} to="/forum/admin">
              {t('forum.admin.link')}
            </Link>
          </li>
        )}
      </HStack>
    </nav>
  );
}
