import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { localize as localizeText, type Locale } from './locale';
import { translator, type Translate } from './translate';
import { createFormatters, type Formatters } from './format';
import type { LocalizedText } from '../../../bot/src/api/contract';

export interface I18n {
  locale: Locale;
  t: Translate;
  /** Picks the text a coordinator wrote in the current language. */
  l: (text: LocalizedText | undefined) => string;
  format: Formatters;
}

const I18nContext = createContext<I18n | undefined>(undefined);

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo<I18n>(
    () => ({ locale, t: translator(locale), l: (text) => localizeText(text, locale), format: createFormatters(locale) }),
    [locale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
