import { Link as RouterLink } from 'react-router';
import { Link } from '@navikt/ds-react';
import { ArrowLeftIcon } from '@navikt/aksel-icons';

/** A link back up the forum (to the forum home or a space). */
export function ForumBackLink({ to, text }: { to: string; text: string }) {
  return (
    <div>
      <Link as={RouterLink} to={to}>
        <ArrowLeftIcon aria-hidden />
        {text}
      </Link>
    </div>
  );
}
