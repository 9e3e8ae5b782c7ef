import { Link as RouterLink } from 'react-router';
import { Link } from '@navikt/ds-react';
import type { AuditEntry } from '../api/types';
import type { Translate } from '../i18n/i18n';
import { auditLine, targetText } from './auditLine';

/** Stands for the target while the sentence is made, so the title can become a link wherever the language puts it. */
const TARGET = '\u0000';

/** A log entry's sentence, with the discussion's title a link to it where the discussion still exists. */
export function AuditLineText({ entry, t }: { entry: AuditEntry; t: Translate }) {
  const discussionId = entry.target?.discussionId;
  if (discussionId == null) {
    return <>{auditLine(entry, t)}</>;
  }
  const [before, after = ''] = t(`forum.audit.line.${entry.action}`, { actor: entry.actor.name, target: TARGET }).split(TARGET);
  return (
    <>
      {before}
      <Link as={RouterLink} to={`/forum/diskusjon/${discussionId}`}>
        {targetText(entry.target, t)}
      </Link>
      {after}
    </>
  );
}
