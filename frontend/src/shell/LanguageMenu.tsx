import { Dropdown, InternalHeader } from '@navikt/ds-react';
import { CheckmarkIcon, LanguageIcon } from '@navikt/aksel-icons';
import { LANGUAGES, useLanguage } from '../i18n/i18n';

export function LanguageMenu() {
  const { language, t } = useLanguage();
  return (
    <Dropdown>
      <InternalHeader.Button as={Dropdown.Toggle} aria-label={t('shell.languageButton', { language: t(`lang.${language}`) })}>
        <LanguageIcon aria-hidden fontSize="1.5rem" />
        <span>{t(`lang.${language}`)}</span>
      </InternalHeader.Button>
      <Dropdown.Menu>
        <LanguageChoices />
      </Dropdown.Menu>
    </Dropdown>
  );
}

/** The languages as a group of a dropdown menu, the chosen one checked; in the language menu and the narrow menu. */
export function LanguageChoices() {
  const { language, setLanguage, t } = useLanguage();
  return (
    <Dropdown.Menu.GroupedList>
      <Dropdown.Menu.GroupedList.Heading>{t('shell.language')}</Dropdown.Menu.GroupedList.Heading>
      {LANGUAGES.map((l) => (
        <Dropdown.Menu.GroupedList.Item
          key={l}
          lang={l}
          aria-current={l === language ? 'true' : undefined}
          onClick={() => setLanguage(l)}
        >
          {l === language ? <CheckmarkIcon aria-hidden /> : null}
          {t(`lang.${l}`)}
        </Dropdown.Menu.GroupedList.Item>
      ))}
    </Dropdown.Menu.GroupedList>
  );
}
