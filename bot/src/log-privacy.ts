import { createHmac, randomBytes } from 'node:crypto';

/**
 * What the logger does to every field object before it is written: personal
 * data (names, e-mail addresses, free text) is removed wherever it appears,
 * and ids that point at a person (Entra object ids, Teams user ids, personal
 * conversations, tenants) become pseudonyms: an HMAC under a secret key, so
 * lines about the same person can be linked without saying who it is.
 */

/** Field names whose values are personal data or free text: removed. */
const PERSONAL_KEYS = new Set(
  [
    'email',
    'mail',
    'upn',
    'userPrincipalName',
    'displayName',
    'name',
    'givenName',
    'surname',
    'userName',
    'text',
    'answer',
    'answers',
    'comment',
    'freeText',
    'value',
    'body',
    'activity',
  ].map((k) => k.toLowerCase()),
);

/** Field names whose values identify a person (or their tenant or chat): pseudonymised. */
const ID_KEYS = new Set(
  ['objectId', 'aadObjectId', 'oid', 'userId', 'fromId', 'personId', 'tenantId', 'tid', 'conversationId'].map((k) => k.toLowerCase()),
);

/** Field names whose values are text from an error or an SDK: ids in them are pseudonymised too. */
const ERROR_KEYS = new Set(['err', 'error', 'errors', 'cause', 'reason'].map((k) => k.toLowerCase()));

const EMAIL = /[^\s@"'<>(),;:]+@[^\s@"'<>(),;:]+\.[^\s@"'<>(),;:]+/g;
const GUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
/** Teams user (29:, 8:orgid:) and conversation (a:) ids. */
const TEAMS_ID = /\b(?:29|8|a):[\w\-.:]+/g;
const MAX_DEPTH = 6;
export const REDACTED = '[redacted]';

export type Pseudonymizer = (id: string) => string;

/** `p_` and 16 hex digits of HMAC-SHA256(key, id); ids are compared case-insensitively (GUIDs). */
export function pseudonymize(id: string, key: string | Buffer): string {
  return `p_${createHmac('sha256', key).update(id.trim().toLowerCase()).digest('hex').slice(0, 16)}`;
}

/** A pseudonymizer with a fixed key, or a random one for this process when none is configured. */
export function createPseudonymizer(key?: string): Pseudonymizer {
  const secret = key && key.length > 0 ? key : randomBytes(32);
  return (id) => pseudonymize(id, secret);
}

export function maskEmails(text: string): string {
  return text.replace(EMAIL, '[email]');
}

/**
 * A copy of `fields` with personal data removed and person ids pseudonymised,
 * at any depth (up to a limit). Inside an error (an `err` field, an Error) the
 * text is an SDK's and may quote ids: GUIDs and Teams ids in it become pseudonyms.
 */
export function scrubLogFields(fields: object, pseudonym: Pseudonymizer): object {
  return scrub(fields, pseudonym, 0, false) as object;
}

function scrub(value: unknown, pseudonym: Pseudonymizer, depth: number, inError: boolean): unknown {
  if (typeof value === 'string') return inError ? maskIds(maskEmails(value), pseudonym) : maskEmails(value);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  if (depth >= MAX_DEPTH) return '[too deep]';
  if (value instanceof Error) return scrub({ type: value.name, message: value.message, stack: value.stack }, pseudonym, depth, true);
  if (Array.isArray(value)) return value.map((item) => scrub(item, pseudonym, depth + 1, inError));
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    const lower = key.toLowerCase();
    if (PERSONAL_KEYS.has(lower)) out[key] = field === undefined ? undefined : REDACTED;
    else if (ID_KEYS.has(lower) && typeof field === 'string') out[key] = pseudonym(field);
    else out[key] = scrub(field, pseudonym, depth + 1, inError || ERROR_KEYS.has(lower));
  }
  return out;
}

function maskIds(text: string, pseudonym: Pseudonymizer): string {
  return text.replace(GUID, (id) => pseudonym(id)).replace(TEAMS_ID, (id) => pseudonym(id));
}
