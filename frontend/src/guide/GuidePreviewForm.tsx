import { useState } from 'react';
import { Alert, Button, Select, TextField, VStack } from '@navikt/ds-react';
import { useT } from '../i18n/i18n';
import { errorText } from '../common/forms';
import { Section } from '../common/Section';
import { useSubmit } from '../common/useSubmit';
import { guideApi, type GuideAnswerView, type GuidePreviewAsk } from './guideApi';
import type { GuideDoc } from './guideForm';
import { GuidePreview } from './GuidePreview';

interface Props {
  /** The guide as it stands in the editor, or null when its text is not JSON. */
  doc: GuideDoc | null;
  /** Says a refusal of the previewed guide in words, at the editor's fields. */
  onRefused: (error: unknown) => void;
}

/** What a citizen would get from the guide as it stands (topic, need, place, language), before it is saved. */
export function GuidePreviewForm({ doc, onRefused }: Props) {
  const t = useT();
  const [ask, setAsk] = useState<GuidePreviewAsk>({ topic: '', need: '', municipality: '', lang: 'nb' });
  const [preview, setPreview] = useState<GuideAnswerView | null>(null);
  const previewing = useSubmit({ resetBusyOnSuccess: true });
  const keys = (list: { key?: string | null }[] | null | undefined) => (list ?? []).map((item) => item.key ?? '').filter(Boolean);
  const show = previewing.submit(async () => {
    try {
      setPreview(await guideApi.preview(doc, ask));
    } catch (e) {
      onRefused(e);
      throw e;
    }
  });
  return (
    <Section heading={t('guide.admin.preview')}>
      <form onSubmit={show}>
        <VStack gap="space-16">
          <Select label={t('guide.admin.topic')} value={ask.topic} onChange={(e) => setAsk({ ...ask, topic: e.target.value })}>
            <option value="">{t('guide.admin.choose')}</option>
            {keys(doc?.topics).map((key) => <option key={key} value={key}>{key}</option>)}
          </Select>
          <Select label={t('guide.admin.need')} value={ask.need} onChange={(e) => setAsk({ ...ask, need: e.target.value })}>
            <option value="">{t('guide.admin.noNeed')}</option>
            {keys(doc?.needs).map((key) => <option key={key} value={key}>{key}</option>)}
          </Select>
          <TextField label={t('guide.admin.place')} value={ask.municipality} onChange={(e) => setAsk({ ...ask, municipality: e.target.value })} />
          <Select label={t('guide.admin.lang')} value={ask.lang} onChange={(e) => setAsk({ ...ask, lang: e.target.value })}>
            <option value="nb">Bokmål</option>
            <option value="nn">Nynorsk</option>
            <option value="en">English</option>
          </Select>
          {previewing.error !== null && <Alert variant="error">{errorText(previewing.error, t)}</Alert>}
          <div>
            <Button type="submit" variant="secondary" loading={previewing.busy}>
              {t('guide.admin.show')}
            </Button>
          </div>
        </VStack>
      </form>
      {preview && <GuidePreview answer={preview} />}
    </Section>
  );
}
