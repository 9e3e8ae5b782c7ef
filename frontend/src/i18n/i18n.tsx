import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Provider as AkselProvider } from '@navikt/ds-react';
import { en as akselEn, nb as akselNb, nn as akselNn } from '@navikt/ds-react/locales';
import nb, { type Dictionary, type MessageKey } from './nb';
import nn from './nn';
import en from './en';

export const LANGUAGES = ['nb', 'nn', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const dictionaries: Record<Language, Dictionary> = { nb, nn, en };
const akselLocales = { nb: akselNb, nn: akselNn, en: akselEn };
const STORAGE_KEY = 'samtale.language';

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

interface LanguageState {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
}

const LanguageContext = createContext<LanguageState | null>(null);

function storedLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return LANGUAGES.find((l) => l === stored) ?? 'nb';
}

/**
 * Fills in `{name}` placeholders, and chooses among plural forms written as in ICU:
 * `{count, plural, =0 {ingen i kø} one {# person i kø} other {# personer i kø}}` (`#` is the number), by the
 * language's own plural rules.
 */
export function format(text: string, values: Record<string, string | number> = {}, language: Language = 'nb'): string {
  return fillPlaceholders(choosePlurals(text, values, language), values);
}

function fillPlaceholders(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

let active: Language = 'nb';

/**
 * The language on screen, for the helpers that put a server's answer into words where no component hands them `t`
 * (`fieldError` in common/forms.ts is called in render, so it always sees the language being rendered).
 */
export function activeLanguage(): Language {
  return active;
}

/** A text in a given language; components use `useT()`. */
export function translate(language: Language, key: MessageKey, values?: Record<string, string | number>): string {
  return format(dictionaries[language][key], values, language);
}

const PLURAL_START = /\{(\w+), plural,/g;

function choosePlurals(text: string, values: Record<string, string | number>, language: Language): string {
  let result = '';
  let from = 0;
  for (let match = PLURAL_START.exec(text); match !== null; match = PLURAL_START.exec(text)) {
    const end = closingBrace(text, match.index);
    const count = Number(values[match[1]]);
    const forms = pluralForms(text.slice(match.index + match[0].length, end));
    const form = forms[`=${count}`] ?? forms[new Intl.PluralRules(language).select(count)] ?? forms.other ?? '';
    result += text.slice(from, match.index) + form.replace(/#/g, String(count));
    from = end + 1;
    PLURAL_START.lastIndex = from;
  }
  PLURAL_START.lastIndex = 0;
  return result + text.slice(from);
}

function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    if (text[i] === '}' && --depth === 0) return i;
  }
  throw new Error(`Unclosed plural in "${text}"`);
}

function pluralForms(body: string): Record<string, string> {
  const forms: Record<string, string> = {};
  const form = /\s*(=?\w+)\s*\{([^{}]*)\}/g;
  for (let m = form.exec(body); m !== null; m = form.exec(body)) forms[m[1]] = m[2];
  return forms;
}

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(storedLanguage);
  active = language;

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLanguageState(next);
  }, []);

  const t = useCallback<Translate>((key, values) => format(dictionaries[language][key], values, language), [language]);
  const state = useMemo(() => ({ language, setLanguage, t }), [language, setLanguage, t]);

  return (
    <LanguageContext.Provider value={state}>
      <AkselProvider locale={akselLocales[language]}>{children}</AkselProvider>
    </LanguageContext.Provider>
  );
}

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (state === null) throw new Error('useLanguage needs a LanguageProvider');
  return state;
}

export function useT(): Translate {
  return useLanguage().t;
}

/** A date and time from the API (ISO-8601), written the way the reader's language does. */
export function formatDateTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}
