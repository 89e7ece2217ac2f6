import { en } from './en';
import { sv, type MessageKey } from './sv';
import type { Locale } from './locale';

export type { MessageKey };
export type MessageValues = Record<string, string | number>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

const catalogues: Record<Locale, Record<MessageKey, string>> = { sv, en };

export function translator(locale: Locale): Translate {
  const catalogue = catalogues[locale];
  return (key, values) => {
    const text = catalogue[key] ?? sv[key] ?? key;
    return values ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole)) : text;
  };
}
