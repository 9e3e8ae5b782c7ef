import { Select } from '@navikt/ds-react';
import { LANGUAGES, useLanguage, type Language } from '../i18n/i18n';

/** The citizen's own choice of language on a public survey, remembered like the employees' choice. */
export function LanguageChoice() {
  const { language, setLanguage, t } = useLanguage();
  return (
    <Select size="small" label={t('analytics.survey.language')} hideLabel value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
      {LANGUAGES.map((l) => (
        <option key={l} value={l} lang={l}>
          {t(`lang.${l}`)}
        </option>
      ))}
    </Select>
  );
}
