import type { Locale } from '../domain/locale';

/** A message catalogue for one area: both languages must have exactly the same keys. */
export type Messages<K extends string> = Record<Locale, Record<K, string>>;

export function defineMessages<K extends string>(messages: { sv: Record<K, string>; en: Record<K, string> }): Messages<K> {
  return messages;
}

/** Replaces `{name}` placeholders. Unknown placeholders are left as they are. */
export function format(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}
