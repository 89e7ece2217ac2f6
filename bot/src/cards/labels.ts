import type { Locale } from '../domain/locale';
import { t } from '../i18n';

/** Looks up a set of catalogue keys at once: `{ heading: 'card.help.heading' }` -> `{ heading: 'Så här ...' }`. */
export function labels<K extends string>(locale: Locale, keys: Record<K, string>): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const name of Object.keys(keys) as K[]) out[name] = t(locale, keys[name]);
  return out;
}

export const actionLabels = (locale: Locale) =>
  labels(locale, {
    agenda: 'card.action.agenda',
    prompts: 'card.action.prompts',
    help: 'card.action.help',
    joinMeeting: 'card.action.joinMeeting',
  });
