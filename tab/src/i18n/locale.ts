import type { ApiLocale, LocalizedText } from '../../../bot/src/api/contract';

export type Locale = ApiLocale;

/** Maps a language tag (`sv-SE`, `en-US`, `en-GB`) to one of the tab's two languages, or undefined. */
export function toLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const lang = tag.toLowerCase().split(/[-_]/)[0];
  return lang === 'sv' || lang === 'en' ? lang : undefined;
}

/** The first candidate that names Swedish or English wins; Swedish otherwise. */
export function pickLocale(...candidates: (string | null | undefined)[]): Locale {
  for (const candidate of candidates) {
    const locale = toLocale(candidate);
    if (locale) return locale;
  }
  return 'sv';
}

/** The BCP 47 tag Intl formats with. */
export function intlTag(locale: Locale): string {
  return locale === 'sv' ? 'sv-SE' : 'en-GB';
}

export function localize(text: LocalizedText | undefined, locale: Locale): string {
  if (!text) return '';
  return text[locale] || text.sv || text.en;
}
