import { useCallback, useId, useState } from 'react';
import { BodyShort, Button, HStack, Table, VStack } from '@navikt/ds-react';
import { publishingApi } from '../api/publishing';
import type { Platform, PublishingCalendar, WheelTheme } from '../api/types';
import { useT } from '../i18n/i18n';
import { LoadProblem } from '../common/LoadProblem';
import { Section } from '../common/Section';
import { TableScroll } from '../common/TableScroll';
import { useLoad } from '../common/useLoad';
import { StatusMessage } from '../common/StatusMessage';
import { errorText } from '../common/forms';
import { ThemeForm } from './ThemeForm';
import { angleOf, periodArcs, polar, ring, sectorPath } from './wheelGeometry';

const SIZE = 320;
const CENTRE = SIZE / 2;
const RIM = 150;
const HOLE = 46;
const COLOURS = ['#0067c5', '#06893a', '#c77300', '#8269a2', '#c30000', '#005b82', '#7f5d00', '#3f5f1f'];

function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The rings: one per account the themes concern, and one for themes that name no account. */
function rings(themes: WheelTheme[], platformName: (platform: Platform) => string): { key: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const theme of themes) {
    if (theme.accounts.length === 0) seen.set('none', '');
    for (const a of theme.accounts) seen.set(String(a.id), `${a.name} (${platformName(a.platform)})`);
  }
  return [...seen.entries()].map(([key, name]) => ({ key, name }));
}

/**
 * The yearly wheel drawn as a picture (twelve months, a ring per account, today marked) beside the same themes as a
 * table, which is what keyboard and screen reader users read: the picture is one image with a short description.
 */
export function WheelSection({ accounts }: { accounts: PublishingCalendar['accounts'] }) {
  const t = useT();
  // The theme being written: 'new', a theme, or nothing; and the theme whose deletion waits to be confirmed.
  const [editing, setEditing] = useState<WheelTheme | 'new' | null>(null);
  const [deleting, setDeleting] = useState<WheelTheme | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [year, setYear] = useState(new Date().getFullYear());
  const wheel = useLoad(useCallback(() => publishingApi.wheel(year), [year]));
  const titleId = useId();
  const months = Array.from({ length: 12 }, (_, i) => i);
  const today = todayIso();
  const themes = wheel.data?.themes ?? [];
  const ringList = rings(themes, (platform) => t(`platform.${platform}`));
  const colourOf = (id: number) => COLOURS[themes.findIndex((th) => th.id === id) % COLOURS.length];
  const done = (message: string | null) => {
    setEditing(null);
    if (message) {
      setStatus(message);
      void wheel.reload();
    }
  };
  const remove = async (theme: WheelTheme) => {
    setProblem(null);
    try {
      await publishingApi.deleteTheme(theme.id);
      setDeleting(null);
      setStatus(t('publishing.themes.deleted', { title: theme.title }));
      await wheel.reload();
    } catch (e) {
      setProblem(errorText(e, t));
    }
  };

  return (
    <Section heading={t('publishing.wheel.heading', { year })}>
      <HStack gap="space-8">
        <Button size="small" variant="secondary" onClick={() => setYear(year - 1)}>
          {t('publishing.wheel.previousYear')}
        </Button>
        <Button size="small" variant="secondary" onClick={() => setYear(year + 1)}>
          {t('publishing.wheel.nextYear')}
        </Button>
        <Button size="small" onClick={() => setEditing('new')}>
          {t('publishing.themes.new')}
        </Button>
      </HStack>
      <StatusMessage text={status} />
      {problem && <BodyShort role="alert">{problem}</BodyShort>}
      {editing && (
        <ThemeForm key={editing === 'new' ? 'new' : editing.id} theme={editing === 'new' ? null : editing} year={year} accounts={accounts} onDone={done} />
      )}
      {wheel.data === null ? (
        <LoadProblem error={wheel.error} />
      ) : (
        <div className="publishing-wheel">
          <svg viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-labelledby={titleId} className="publishing-wheel-picture">
            <title id={titleId}>{t('publishing.wheel.picture', { count: themes.length, rings: ringList.length })}</title>
            <circle cx={CENTRE} cy={CENTRE} r={RIM} fill="#f7f7f7" stroke="#6a6a6a" />
            {ringList.map((r, index) => {
              const radii = ring(index, ringList.length, HOLE, RIM);
              return (
                <g key={r.key}>
                  <circle cx={CENTRE} cy={CENTRE} r={radii.outer} fill="none" stroke="#c6c2bf" />
                  {themes
                    .filter((th) => (r.key === 'none' ? th.accounts.length === 0 : th.accounts.some((a) => String(a.id) === r.key)))
                    .flatMap((th) =>
                      periodArcs(th.startsOn, th.endsOn, year).map((arc, i) => (
                        <path key={`${th.id}-${i}`} d={sectorPath(CENTRE, CENTRE, radii.inner + 1, radii.outer - 1, arc)} fill={colourOf(th.id)} fillOpacity={0.55} />
                      )),
                    )}
                </g>
              );
            })}
            {months.map((m) => {
              const start = angleOf(`${year}-${String(m + 1).padStart(2, '0')}-01`, year);
              const a = polar(CENTRE, CENTRE, HOLE, start);
              const b = polar(CENTRE, CENTRE, RIM, start);
              const label = polar(CENTRE, CENTRE, (HOLE + 4) * 0.72, start + Math.PI / 12);
              return (
                <g key={m}>
                  <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} stroke="#6a6a6a" strokeWidth={0.6} />
                  <text x={label.x} y={label.y} fontSize={9} textAnchor="middle" dominantBaseline="middle" fill="#23262a">
                    {t(`publishing.month.${m + 1}` as 'publishing.month.1')}
                  </text>
                </g>
              );
            })}
            {today.startsWith(String(year)) && (
              <line
                x1={CENTRE}
                y1={CENTRE}
                x2={polar(CENTRE, CENTRE, RIM + 6, angleOf(today, year)).x}
                y2={polar(CENTRE, CENTRE, RIM + 6, angleOf(today, year)).y}
                stroke="#c30000"
                strokeWidth={2}
              />
            )}
          </svg>
          <VStack gap="space-8" className="publishing-wheel-list">
            {themes.length === 0 ? (
              <BodyShort>{t('publishing.wheel.empty')}</BodyShort>
            ) : (
              <TableScroll>
                <Table size="small">
                  <caption className="navds-sr-only">{t('publishing.wheel.tableCaption', { year })}</caption>
                  <Table.Header>
                    <Table.Row>
                      <Table.HeaderCell scope="col">{t('publishing.wheel.theme')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t('publishing.wheel.period')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t('publishing.wheel.accounts')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t('publishing.themes.actions')}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Header>
                  <Table.Body>
                    {themes.map((th) => (
                      <Table.Row key={th.id}>
                        <Table.DataCell>
                          <span className="publishing-swatch" style={{ background: colourOf(th.id) }} aria-hidden="true" /> {th.title}
                        </Table.DataCell>
                        <Table.DataCell>
                          {th.period.unit === 'MONTHS'
                            ? t('publishing.wheel.months', {
                                from: t(`publishing.month.${th.period.from}` as 'publishing.month.1'),
                                to: t(`publishing.month.${th.period.to}` as 'publishing.month.1'),
                              })
                            : t('publishing.wheel.weeks', { from: th.period.from, to: th.period.to })}
                        </Table.DataCell>
                        <Table.DataCell>{th.accounts.map((a) => `${a.name} (${t(`platform.${a.platform}`)})`).join(', ') || t('common.none')}</Table.DataCell>
                        <Table.DataCell>
                          {deleting?.id === th.id ? (
                            <HStack gap="space-4">
                              <Button size="xsmall" variant="danger" onClick={() => void remove(th)}>
                                {t('publishing.themes.confirmDelete', { title: th.title })}
                              </Button>
                              <Button size="xsmall" variant="tertiary" onClick={() => setDeleting(null)}>
                                {t('publishing.themes.cancel')}
                              </Button>
                            </HStack>
                          ) : (
                            <HStack gap="space-4">
                              <Button size="xsmall" variant="secondary" onClick={() => setEditing(th)} aria-label={t('publishing.themes.editNamed', { title: th.title })}>
                                {t('publishing.themes.edit')}
                              </Button>
                              <Button size="xsmall" variant="tertiary" onClick={() => setDeleting(th)} aria-label={t('publishing.themes.deleteNamed', { title: th.title })}>
                                {t('publishing.themes.delete')}
                              </Button>
                            </HStack>
                          )}
                        </Table.DataCell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </TableScroll>
            )}
          </VStack>
        </div>
      )}
    </Section>
  );
}
