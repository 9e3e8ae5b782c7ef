import { Select } from '@navikt/ds-react';
import { LANGUAGES, useLanguage, type Language } from '../i18n/i18n';

/** The citizen's own choice of language, as the employees have in their header; remembered like theirs. */
export function ChatLanguage() {
  const { language, setLanguage, t } = useLanguage();
  return (
    <Select
      size="small"
      label={t('chat.language')}
      hideLabel
      value={language}
      onChange={(e) => setLanguage(e.target.value as Language)}
      className="samtale-chat-language"
    >
      {LANGUAGES.map((l) => (
        <option key={l} value={l} lang={l}>
          {t(`lang.${l}`)}
        </option>
      ))}
    </Select>
  );
}
