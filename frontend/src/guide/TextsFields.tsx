import { Fieldset, TextField, VStack } from '@navikt/ds-react';
import { useT } from '../i18n/i18n';
import type { GuideTexts } from './guideForm';
import { fieldId, type ErrorFor } from './fieldIds';

interface Props {
  legend: string;
  value: GuideTexts | null | undefined;
  onChange: (value: GuideTexts) => void;
  /** The texts' path, such as «topics[0].name»; each language's field adds «.nb», «.nn», «.en». */
  path: string;
  errorFor: ErrorFor;
  /** Whether bokmål is required (a title or name); an optional text (a description) may be left empty. */
  required?: boolean;
}

/** One text of the guide in bokmål, nynorsk and English; an empty nynorsk or English text shows the bokmål one. */
export function TextsFields({ legend, value, onChange, path, errorFor, required = true }: Props) {
  const t = useT();
  const texts = value ?? { nb: '', nn: null, en: null };
  const set = (lang: 'nb' | 'nn' | 'en', text: string) => onChange({ ...texts, [lang]: text === '' && lang !== 'nb' ? null : text });
  return (
    <Fieldset legend={legend} size="small">
      <VStack gap="space-8">
        {(['nb', 'nn', 'en'] as const).map((lang) => {
          const label = t(`guide.form.lang.${lang}`);
          return (
            <TextField
              key={lang}
              id={fieldId(`${path}.${lang}`)}
              size="small"
              label={label}
              description={lang === 'nb' ? (required ? t('guide.form.required') : undefined) : t('guide.form.fallsBack')}
              value={texts[lang] ?? ''}
              onChange={(e) => set(lang, e.target.value)}
              error={errorFor(`${path}.${lang}`, `${legend} (${label})`)}
            />
          );
        })}
      </VStack>
    </Fieldset>
  );
}
