import { createHmac, randomBytes } from 'node:crypto';
import { personKey, type PersonRef } from '../domain/identity';

/** The tenant id every pseudonym carries: the nil GUID, which no Entra tenant has. */
export const PSEUDONYM_TENANT = '00000000-0000-0000-0000-000000000000';

/**
 * The stand-in for an erased person (or a person of an expired programme)
 * where a row must stay: answers kept by the archiving policy, audit rows.
 * A PersonRef, so kept rows keep their shape: the nil-GUID tenant and, as
 * object id, 32 hex digits of HMAC-SHA256(key, "erasure|" + person key).
 * The same person gives the same pseudonym under one key, so kept answers of
 * one person stay together; without the key it cannot be reversed, and the
 * domain prefix keeps it apart from the log pseudonyms made with a shared key.
 */
export function pseudonymOf(who: string, key: string | Buffer): PersonRef {
  const digest = createHmac('sha256', key).update(`erasure|${who.toLowerCase()}`).digest('hex');
  return { tenantId: PSEUDONYM_TENANT, objectId: digest.slice(0, 32) };
}

const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12,16}';
/** Person keys (`tenant|oid`, both GUIDs) inside a string. A pseudonym's object id is no GUID, so pseudonyms do not match. */
export const PERSON_KEYS = new RegExp(`${GUID}\\|${GUID}`, 'gi');

/** Every person key in the text (or only those in `only`, lower-case) replaced by its pseudonym's key. */
export function pseudonymiseKeys(text: string, key: string | Buffer, only?: ReadonlySet<string>): string {
  return text.replace(PERSON_KEYS, (found) => (only && !only.has(found.toLowerCase()) ? found : personKey(pseudonymOf(found, key))));
}

/** Whether a person key (`tenant|oid`) is already a pseudonym. */
export function isPseudonymKey(key: string): boolean {
  return key.toLowerCase().startsWith(`${PSEUDONYM_TENANT}|`);
}

/** The key pseudonyms are made with: the configured secret, or a random one for this process. */
export function pseudonymKeyFrom(secret: string | undefined): string | Buffer {
  return secret && secret.length > 0 ? secret : randomBytes(32);
}
