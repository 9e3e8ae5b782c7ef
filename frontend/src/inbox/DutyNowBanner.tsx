import { Alert, BodyShort, Link, VStack } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router';
import { teamsApi } from '../api/teams';
import { useT } from '../i18n/i18n';
import { useLoad } from '../common/useLoad';

/**
 * The inbox header's "who is on duty now" per team of the reader, with a warning when a shift is thin: to everyone
 * when fewer than two are on duty now, and to the lead when a shift later this week has fewer than two. Says
 * nothing when the roster cannot be read (the inbox works without it).
 */
export function DutyNowBanner() {
  const t = useT();
  const duty = useLoad(teamsApi.dutyNow);
  if (!duty.data || duty.data.length === 0) return null;
  return (
    <VStack gap="space-8" as="section" aria-label={t('duty.now.label')} className="samtale-duty-now">
      {duty.data.map((team) => (
        <VStack gap="space-4" key={team.teamId}>
          <BodyShort size="small">
            {team.onDuty.length === 0
              ? t('duty.now.nobody', { team: team.teamName })
              : t('duty.now.people', { team: team.teamName, names: team.onDuty.map((p) => p.name).join(', ') })}{' '}
            <Link as={RouterLink} to={`/innboks/vakter?team=${team.teamId}`}>
              {t('duty.now.roster')}
            </Link>
          </BodyShort>
          {team.understaffed && (
            <Alert variant="warning" size="small" inline>
              {t('duty.now.understaffed', { team: team.teamName })}
            </Alert>
          )}
          {team.lead && team.understaffedShiftsThisWeek > 0 && (
            <Alert variant="warning" size="small" inline>
              {t('duty.now.leadWarning', { team: team.teamName, count: team.understaffedShiftsThisWeek })}
            </Alert>
          )}
        </VStack>
      ))}
    </VStack>
  );
}
