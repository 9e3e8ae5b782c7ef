import { useState, type FormEvent } from 'react';
import { BodyShort, Button, HStack, Select, Table } from '@navikt/ds-react';
import { useT } from '../i18n/i18n';
import { errorText } from '../common/forms';
import { Section } from '../common/Section';
import { TableScroll } from '../common/TableScroll';
import { guideApi, type GuideDiffView, type GuideVersionView } from './guideApi';
import { pathWords } from './guidePaths';

/** What changed between two versions of the guide, text by text, topics and needs named by their keys. */
export function GuideDiffSection({ versions }: { versions: GuideVersionView[] }) {
  const t = useT();
  const live = versions.find((v) => v.live)?.version ?? versions[versions.length - 1]?.version ?? 0;
  const [from, setFrom] = useState(String(live));
  const [to, setTo] = useState(String(versions[0]?.version ?? live));
  const [diff, setDiff] = useState<GuideDiffView | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function show(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    try {
      setDiff(await guideApi.diff(Number(from), Number(to)));
    } catch (e) {
      setProblem(errorText(e, t));
    }
  }

  const options = versions.map((v) => (
    <option key={v.version} value={v.version}>
      {t('guide.diff.option', { version: String(v.version), state: v.live ? t('guide.admin.live') : v.publishedAt ? t('guide.admin.earlier') : t('guide.admin.draft') })}
    </option>
  ));
  return (
    <Section heading={t('guide.diff.heading')}>
      <form onSubmit={(e) => void show(e)}>
        <HStack gap="space-16" align="end" wrap>
          <Select size="small" label={t('guide.diff.from')} value={from} onChange={(e) => setFrom(e.target.value)}>{options}</Select>
          <Select size="small" label={t('guide.diff.to')} value={to} onChange={(e) => setTo(e.target.value)}>{options}</Select>
          <Button type="submit" size="small" variant="secondary">{t('guide.diff.show')}</Button>
        </HStack>
      </form>
      <div aria-live="polite">
        {problem && <BodyShort>{problem}</BodyShort>}
        {diff && diff.changes.length === 0 && <BodyShort>{t('guide.diff.none', { from: String(diff.from), to: String(diff.to) })}</BodyShort>}
        {diff && diff.changes.length > 0 && (
          <TableScroll>
            <Table size="small" className="samtale-guide-diff">
              <caption>{t('guide.diff.caption', { from: String(diff.from), to: String(diff.to), count: String(diff.changes.length) })}</caption>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('guide.diff.where')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('guide.diff.kind')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('guide.diff.before')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('guide.diff.after')}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {diff.changes.map((c) => (
                  <Table.Row key={c.path}>
                    <Table.DataCell>{pathWords(c.path, t)}</Table.DataCell>
                    <Table.DataCell>{t(`guide.diff.kind.${c.kind}`)}</Table.DataCell>
                    <Table.DataCell>{c.before === null ? '' : <del>{c.before}</del>}</Table.DataCell>
                    <Table.DataCell>{c.after === null ? '' : <ins>{c.after}</ins>}</Table.DataCell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        )}
      </div>
    </Section>
  );
}
