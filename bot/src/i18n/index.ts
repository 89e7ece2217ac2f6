import type { Locale } from '../domain/locale';
import { adminMessages } from './admin';
import { apiMessages } from './api';
import { botMessages } from './bot';
import { cardMessages } from './cards';
import { commonMessages } from './common';
import { deliveryMessages } from './delivery';
import { format } from './define';
import { gdprMessages } from './gdpr';
import { liveMessages } from './live';
import { programmeMessages } from './programme';
import { promptMessages } from './prompts';

/**
 * All catalogues merged. Each area adds its catalogue file here.
 * Keys are namespaced by area (`bot.*`, `card.*`, `programme.*`, `prompt.*`, `answer.*`, `delivery.*`, `api.*`, `gdpr.*`, `admin.*`, `live.*`).
 */
const catalogues = [
  commonMessages,
  botMessages,
  cardMessages,
  programmeMessages,
  promptMessages,
  deliveryMessages,
  apiMessages,
  gdprMessages,
  adminMessages,
  liveMessages,
] as const;

const merged: Record<Locale, Record<string, string>> = { sv: {}, en: {} };
for (const c of catalogues) {
  Object.assign(merged.sv, c.sv);
  Object.assign(merged.en, c.en);
}

export function registerMessages(messages: { sv: Record<string, string>; en: Record<string, string> }): void {
  Object.assign(merged.sv, messages.sv);
  Object.assign(merged.en, messages.en);
}

/** Translates `key`; falls back to Swedish, then to the key itself so a gap is visible. */
export function t(locale: Locale, key: string, params?: Record<string, string | number>): string {
  const template = merged[locale][key] ?? merged.sv[key] ?? key;
  return format(template, params);
}

export function hasMessage(key: string): boolean {
  return key in merged.sv && key in merged.en;
}
