/** The two languages the app speaks. Swedish first, English second. */
export const LOCALES = ['sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text a user reads, in both languages. */
export interface LocalizedText {
  sv: string;
  en: string;
}

/**
 * Maps a Teams locale (`sv-SE`, `en-US`, `en-GB`, ...) to one of ours.
 * English only when the client says English; everything else reads Swedish.
 */
export function pickLocale(clientLocale: string | undefined | null, fallback: Locale = 'sv'): Locale {
  if (!clientLocale) return fallback;
  const lang = clientLocale.toLowerCase().split(/[-_]/)[0];
  if (lang === 'en') return 'en';
  if (lang === 'sv') return 'sv';
  return fallback;
}

export function localize(text: LocalizedText, locale: Locale): string {
  return text[locale] || text.sv || text.en;
}
