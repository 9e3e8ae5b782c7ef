import { useEffect, useRef, useState } from 'react';
import { BodyShort, Button, ErrorSummary, HStack, Select, TextField, VStack } from '@navikt/ds-react';
import { useT } from '../i18n/i18n';
import { Section } from '../common/Section';
import { fieldCodeKey } from '../api/problems';
import { blankTexts, blankTopic, move, owner, replaced, type Findings, type GuideDoc, type GuideNeed, type GuideTopic } from './guideForm';
import { pathWords } from './guidePaths';
import { fieldId, type ErrorFor } from './fieldIds';
import { RoutesEditor } from './RoutesEditor';
import { TextsFields } from './TextsFields';
import { ChannelsEditor } from './ChannelsEditor';
import { OfficesEditor } from './OfficesEditor';

interface Props {
  doc: GuideDoc;
  onChange: (doc: GuideDoc) => void;
  findings: Findings;
}

/**
 * The guide as a form: one topic and one need at a time (chosen from a list), with their texts in bokmål, nynorsk and
 * English and their routes in order; the offices one at a time with their opening hours and municipalities; then the
 * fallback routes. Every refusal is said at its field and listed above, where a link opens the topic, need or office
 * it belongs to.
 */
export function GuideForm({ doc, onChange, findings }: Props) {
  const t = useT();
  const [topicIndex, setTopicIndex] = useState(0);
  const [needIndex, setNeedIndex] = useState(0);
  const [officeIndex, setOfficeIndex] = useState(0);
  const topics = doc.topics ?? [];
  const needs = doc.needs ?? [];
  const topic = topics[Math.min(topicIndex, topics.length - 1)] as GuideTopic | undefined;
  const need = needs[Math.min(needIndex, needs.length - 1)] as GuideNeed | undefined;
  const ti = Math.min(topicIndex, topics.length - 1);
  const ni = Math.min(needIndex, needs.length - 1);

  const errorFor: ErrorFor = (path, label) => {
    const finding = findings[path];
    if (!finding) return undefined;
    if (finding.code === 'TopicLeavesNeedWithoutRoute' && finding.need) return t('guide.form.leavesNeed', { need: finding.need });
    return t(fieldCodeKey(finding.code) ?? 'field.invalid', { label });
  };
  const open = (path: string) => {
    const at = owner(path);
    if (at?.list === 'topics') setTopicIndex(at.index);
    if (at?.list === 'needs') setNeedIndex(at.index);
    if (at?.list === 'offices') setOfficeIndex(at.index);
    window.setTimeout(() => document.getElementById(fieldId(path))?.focus(), 0);
  };
  const setTopic = (changed: GuideTopic) => onChange({ ...doc, topics: replaced(topics, ti, changed) });
  const setNeed = (changed: GuideNeed) => onChange({ ...doc, needs: replaced(needs, ni, changed) });
  const errors = Object.entries(findings);
  const summary = useRef<HTMLDivElement>(null);
  // A refusal moves focus to the list of what to correct, so a screen reader hears it at once.
  useEffect(() => {
    if (Object.keys(findings).length > 0) summary.current?.focus();
  }, [findings]);

  return (
    <VStack gap="space-24">
      {errors.length > 0 && (
        <ErrorSummary ref={summary} heading={t('guide.form.errors')}>
          {errors.map(([path]) => (
            <ErrorSummary.Item key={path} href={`#${fieldId(path)}`} onClick={(e) => { e.preventDefault(); open(path); }}>
              {pathWords(path, t, doc)}: {errorFor(path, pathWords(path, t, doc))}
            </ErrorSummary.Item>
          ))}
        </ErrorSummary>
      )}
      <Section heading={t('guide.form.topics')} size="xsmall">
        <HStack gap="space-8" align="end" wrap>
          <Select size="small" label={t('guide.form.chooseTopic')} value={String(ti)} onChange={(e) => setTopicIndex(Number(e.target.value))}>
            {topics.map((item, i) => (
              <option key={i} value={i}>{item.name?.nb || item.key || `#${i + 1}`}</option>
            ))}
          </Select>
          <Button type="button" size="small" variant="secondary" onClick={() => { onChange({ ...doc, topics: [...topics, blankTopic()] }); setTopicIndex(topics.length); }}>
            {t('guide.form.addTopic')}
          </Button>
          {topic && (
            <>
              <Button type="button" size="small" variant="tertiary" disabled={ti === 0} onClick={() => { onChange({ ...doc, topics: move(topics, ti, ti - 1) }); setTopicIndex(ti - 1); }}>
                {t('guide.form.up')}<span className="navds-sr-only">: {topic.key}</span>
              </Button>
              <Button type="button" size="small" variant="tertiary" disabled={ti === topics.length - 1} onClick={() => { onChange({ ...doc, topics: move(topics, ti, ti + 1) }); setTopicIndex(ti + 1); }}>
                {t('guide.form.down')}<span className="navds-sr-only">: {topic.key}</span>
              </Button>
              <Button type="button" size="small" variant="tertiary-neutral" onClick={() => { onChange({ ...doc, topics: topics.filter((_, i) => i !== ti) }); setTopicIndex(Math.max(0, ti - 1)); }}>
                {t('guide.form.removeTopic')}<span className="navds-sr-only">: {topic.key}</span>
              </Button>
            </>
          )}
        </HStack>
        {topic && (
          <VStack gap="space-16">
            <TextField id={fieldId(`topics[${ti}].key`)} size="small" label={t('guide.form.field.key')} description={t('guide.form.keyHelp')}
              value={topic.key ?? ''} onChange={(e) => setTopic({ ...topic, key: e.target.value })} error={errorFor(`topics[${ti}].key`, t('guide.form.field.key'))} />
            <TextsFields legend={t('guide.form.field.name')} value={topic.name} path={`topics[${ti}].name`} errorFor={errorFor} onChange={(name) => setTopic({ ...topic, name })} />
            <RoutesEditor legend={t('guide.form.topicRoutes')} routes={topic.routes ?? []} path={`topics[${ti}].routes`} errorFor={errorFor} onChange={(routes) => setTopic({ ...topic, routes })} />
          </VStack>
        )}
      </Section>
      <Section heading={t('guide.form.needs')} size="xsmall">
        <BodyShort size="small">{t('guide.form.needsHelp')}</BodyShort>
        <HStack gap="space-8" align="end" wrap>
          <Select size="small" label={t('guide.form.chooseNeed')} value={String(ni)} onChange={(e) => setNeedIndex(Number(e.target.value))}>
            {needs.map((item, i) => (
              <option key={i} value={i}>{item.name?.nb || item.key || `#${i + 1}`}</option>
            ))}
          </Select>
          <Button type="button" size="small" variant="secondary" onClick={() => {
            onChange({ ...doc, needs: [...needs, { key: '', name: blankTexts(), advice: null, channels: ['PHONE', 'OFFICE'], routes: [] }] });
            setNeedIndex(needs.length);
          }}>
            {t('guide.form.addNeed')}
          </Button>
          {need && (
            <Button type="button" size="small" variant="tertiary-neutral" onClick={() => { onChange({ ...doc, needs: needs.filter((_, i) => i !== ni) }); setNeedIndex(Math.max(0, ni - 1)); }}>
              {t('guide.form.removeNeed')}<span className="navds-sr-only">: {need.key}</span>
            </Button>
          )}
        </HStack>
        {need && (
          <VStack gap="space-16">
            <TextField id={fieldId(`needs[${ni}].key`)} size="small" label={t('guide.form.field.key')} description={t('guide.form.keyHelp')}
              value={need.key ?? ''} onChange={(e) => setNeed({ ...need, key: e.target.value })} error={errorFor(`needs[${ni}].key`, t('guide.form.field.key'))} />
            <TextsFields legend={t('guide.form.field.name')} value={need.name} path={`needs[${ni}].name`} errorFor={errorFor} onChange={(name) => setNeed({ ...need, name })} />
            <TextsFields legend={t('guide.form.field.advice')} required={false} value={need.advice} path={`needs[${ni}].advice`} errorFor={errorFor}
              onChange={(advice) => setNeed({ ...need, advice: advice.nb === '' && !advice.nn && !advice.en ? null : advice })} />
            <ChannelsEditor channels={need.channels ?? []} path={`needs[${ni}].channels`} errorFor={errorFor} onChange={(channels) => setNeed({ ...need, channels })} />
            <RoutesEditor legend={t('guide.form.needRoutes')} emptyText={t('guide.form.needRoutesEmpty')} routes={need.routes ?? []} path={`needs[${ni}].routes`}
              errorFor={errorFor} onChange={(routes) => setNeed({ ...need, routes })} />
          </VStack>
        )}
      </Section>
      <OfficesEditor offices={doc.offices ?? []} index={officeIndex} onIndex={setOfficeIndex} errorFor={errorFor} onChange={(offices) => onChange({ ...doc, offices })} />
      <Section heading={t('guide.form.fallback')} size="xsmall">
        <BodyShort size="small">{t('guide.form.fallbackHelp')}</BodyShort>
        <RoutesEditor legend={t('guide.form.fallbackRoutes')} routes={doc.fallback ?? []} path="fallback" errorFor={errorFor} onChange={(fallback) => onChange({ ...doc, fallback })} />
      </Section>
    </VStack>
  );
}
