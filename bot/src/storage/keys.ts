import { AppError } from '../errors';
import { normalizeEmail, personKey, type PersonRef } from '../domain/identity';
import { assertValidKey } from './limits';

/**
 * How domain identifiers become PartitionKeys and RowKeys (see
 * docs/storage-keys.md). Composite keys join parts with `|`, so a part may
 * not contain one; every part also passes the Azure key guards.
 */
export function keyPart(value: unknown, what: string): string {
  assertValidKey(value, what);
  if (value.includes('|')) throw new AppError('STORAGE_INVALID_KEY', `${what} may not contain "|"`);
  return value;
}

export function personPart(person: PersonRef): string {
  keyPart(person.tenantId, 'tenant id');
  keyPart(person.objectId, 'object id');
  return personKey(person);
}

export function emailPart(email: string): string {
  return keyPart(normalizeEmail(email), 'e-mail');
}

export function joinCodePart(code: string): string {
  return keyPart(code.trim().toUpperCase(), 'join code');
}

/** Session rows sort by number: `session|001`. */
export function sessionRowKey(sessionNumber: number): string {
  if (!Number.isInteger(sessionNumber) || sessionNumber < 0 || sessionNumber > 999) {
    throw new AppError('VALIDATION_FAILED', 'a session number is an integer from 0 to 999');
  }
  return `session|${String(sessionNumber).padStart(3, '0')}`;
}

export function promptRowKey(promptId: string): string {
  return `prompt|${keyPart(promptId, 'prompt id')}`;
}

export const PROGRAMME_ROW = 'programme';

/**
 * The one row of a person's partition in `people` and `conversations`: the
 * person key again. A constant RowKey would do for Azure, but Azurite finds
 * a row by its RowKey first and then scans every row with that RowKey for
 * the PartitionKey, so a constant one makes each point read a table scan.
 */
export function singleRowKey(person: PersonRef): string {
  return personPart(person);
}
