import { useState } from 'react';
import { BodyShort } from '@navikt/ds-react';
import { ApiError } from '../api/http';
import { eventsApi } from '../api/events';
import type { LiveEvent } from '../api/types';
import { Section } from '../common/Section';
import { fieldError } from '../common/forms';
import { formatDateTime, useLanguage, useT } from '../i18n/i18n';
import { LivePeoplePicker, type LivePeople } from './LivePeoplePicker';
import { NettpratChangeSection, useNettpratChange } from './NettpratChangeSection';

/** The server's complaint about a role's list: about the list itself, or about one person in it (`helperIds[1]`). */
function roleError(error: unknown, field: string): string | undefined {
  const own = fieldError(error, field);
  if (own !== undefined || !(error instanceof ApiError)) return own;
  const indexed = Object.keys(error.fieldErrors).find((key) => key.startsWith(`${field}[`));
  return indexed === undefined ? undefined : fieldError(error, indexed);
}

/**
 * For whoever scheduled the nettprat (and administrators) until it ends: its leaders, helpers and moderators
 * changed after it was announced. Saved as a whole; the page then shows the new people and who changed them.
 */
export function NettpratPeopleEditor({ event, onSaved }: { event: LiveEvent; onSaved: () => void }) {
  const t = useT();
  const [people, setPeople] = useState<LivePeople>({ leaders: event.leaders, helpers: event.helpers, moderators: event.moderators });
  const change = useNettpratChange();

  function save() {
    const ids = (role: keyof LivePeople) => people[role].map((p) => p.id);
    void change.run(async () => {
      await eventsApi.changePeople(event.id, ids('leaders'), ids('helpers'), ids('moderators'));
      onSaved();
    });
  }

  const error = change.error;
  return (
    <NettpratChangeSection
      heading={t('events.livePeople.heading')}
      change={change}
      submit={t('events.livePeople.save')}
      doneText={t('events.livePeople.saved')}
      onSubmit={save}
      shows={(field) => /^(leader|helper|moderator)Ids(\[|$)/.test(field)}
    >
      <BodyShort size="small">{t('events.livePeople.intro')}</BodyShort>
      <LivePeoplePicker
        people={people}
        onChange={(p) => (setPeople(p), change.undone())}
        errors={{ leaders: roleError(error, 'leaderIds'), helpers: roleError(error, 'helperIds'), moderators: roleError(error, 'moderatorIds') }}
      />
    </NettpratChangeSection>
  );
}

/** Who was added to or removed from the nettprat's roles after it was scheduled, oldest first. */
export function NettpratPeopleChanges({ changes }: { changes: LiveEvent['peopleChanges'] }) {
  const { t, language } = useLanguage();
  if (changes.length === 0) return null;
  return (
    <Section heading={t('events.livePeople.changes')} size="small">
      <ul className="samtale-events-list">
        {changes.map((c, i) => (
          <li key={i}>
            <BodyShort size="small">
              {formatDateTime(c.at, language)}:{' '}
              {t(`events.livePeople.change.${c.action}`, {
                by: c.changedBy?.name ?? t('events.hearingUnits.someone'),
                name: c.person?.name ?? t('events.hearingUnits.someone'),
                role: t(`events.livePeople.role.${c.role}`),
              })}
            </BodyShort>
          </li>
        ))}
      </ul>
    </Section>
  );
}
