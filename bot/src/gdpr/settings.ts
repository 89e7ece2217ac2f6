import type { AppConfig } from '../config';
import type { PersonalDataSettings } from './policy';
import { pseudonymKeyFrom } from './pseudonym';

/**
 * The personal-data settings from the one config object. The pseudonym key
 * is the log pseudonym secret (SECRET_LOG_PSEUDONYM_KEY), kept apart from
 * the log pseudonyms by a prefix inside the HMAC (pseudonym.ts).
 */
export function personalDataSettings(config: Pick<AppConfig, 'personalData' | 'logPseudonymKey'>): PersonalDataSettings {
  return {
    erasurePolicy: config.personalData.erasurePolicy,
    retentionDefaultDays: config.personalData.retentionDefaultDays,
    pseudonymKey: pseudonymKeyFrom(config.logPseudonymKey),
  };
}
