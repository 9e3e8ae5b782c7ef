import { useCallback, useMemo, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Alert, BodyShort, Button, HStack, Link, Select, VStack } from '@navikt/ds-react';
import { DateField } from '../common/DateField';
import { LoadProblem } from '../common/LoadProblem';
import { PageHeading } from '../common/PageHeading';
import { isoDate } from '../common/format';
import { useLoad } from '../common/useLoad';
import { useLanguage } from '../i18n/i18n';
import { analyticsApi } from './analyticsApi';
import { AccountFigures } from './AccountFigures';
import { AnnotationsPanel } from './AnnotationsPanel';
import { TeamService } from './TeamService';
import { last30Days } from './figures';
import './analytics.css';
import type { Platform } from '../api/types';

/** The analytics front page: pick an account or team and a range; figures, charts, tables and exports below. */
export function AnalyticsPage() {
  const { t } = useLanguage();
  const load = useCallback(() => analyticsApi.scope(), []);
  const { data: scope, error } = useLoad(load);
  const initial = useMemo(() => last30Days(isoDate(new Date())), []);
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const [accountId, setAccountId] = useState<number | null>(null);
  const [teamId, setTeamId] = useState<number | null>(null);
  const [range, setRange] = useState(initial);
  const [notesVersion, setNotesVersion] = useState(0);

  if (!scope) return <LoadProblem error={error} />;
  const account = accountId ?? scope.accounts[0]?.id ?? null;
  const team = teamId ?? scope.teams[0]?.id ?? null;
  const rangeValid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to;

  return (
    <VStack gap="space-24">
      <PageHeading>{t('analytics.heading')}</PageHeading>
      <BodyShort>
        {t('analytics.intro')}{' '}
        <Link as={RouterLink} to="/analyse/undersokelser">
          {t('analytics.surveys.link')}
        </Link>{' '}
        <Link as={RouterLink} to="/analyse/forum">
          {t('analytics.forum.link')}
        </Link>
      </BodyShort>
      {scope.accounts.length === 0 && scope.teams.length === 0 ? (
        <Alert variant="info">{t('analytics.nothingToRead')}</Alert>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (rangeValid) setRange({ from, to });
          }}
        >
          <HStack gap="space-16" align="end" wrap>
            <DateField label={t('analytics.from')} value={from} onChange={setFrom} size="small" />
            <DateField
              label={t('analytics.to')}
              value={to}
              onChange={setTo}
              size="small"
              error={!rangeValid && from && to ? t('analytics.rangeBackwards') : undefined}
            />
            <Button type="submit" size="small" variant="secondary">
              {t('analytics.show')}
            </Button>
          </HStack>
        </form>
      )}
      {scope.accounts.length > 0 && account !== null && (
        <VStack gap="space-16">
          <Select
            label={t('analytics.account')}
            size="small"
            value={account}
            onChange={(e) => setAccountId(Number(e.target.value))}
            style={{ maxWidth: '24rem' }}
          >
            {scope.accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({t(`platform.${a.platform as Platform}`)})
              </option>
            ))}
          </Select>
          <AccountFigures accountId={account} range={range} version={notesVersion} />
          <AnnotationsPanel accountId={account} range={range} onChange={() => setNotesVersion((v) => v + 1)} />
        </VStack>
      )}
      {scope.teams.length > 0 && team !== null && (
        <VStack gap="space-16">
          <Select
            label={t('analytics.team')}
            size="small"
            value={team}
            onChange={(e) => setTeamId(Number(e.target.value))}
            style={{ maxWidth: '24rem' }}
          >
            {scope.teams.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </Select>
          <TeamService teamId={team} range={range} />
        </VStack>
      )}
    </VStack>
  );
}
