import { AppError } from '../errors';
import type { Entity, EntityValue } from './entity-table';

/**
 * Azure Table Storage limits, enforced before any call by both table
 * implementations (Azurite enforces few of them, Azure enforces them all).
 * Lengths are counted in UTF-16 code units (JavaScript's `length`).
 */
export const LIMITS = {
  /**
   * Azure's data model says "up to 1 KiB" (512 UTF-16 code units), its scalability
   * page says 1,024 characters, and Azurite refuses more than 512. We take the strict one.
   */
  maxKeyLength: 512,
  maxPropertyNameLength: 255,
  /** 255 properties per entity, of which PartitionKey, RowKey and Timestamp are three. */
  maxCustomProperties: 252,
  /** 64 KiB per string property = 32K UTF-16 code units. */
  maxStringLength: 32 * 1024,
  maxEntityBytes: 1024 * 1024,
  maxTransactionActions: 100,
  maxTransactionBytes: 4 * 1024 * 1024,
} as const;

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
const PROPERTY_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const RESERVED_NAMES = new Set(['partitionkey', 'rowkey', 'timestamp', 'etag']);

/** The character (if any) that Azure forbids in PartitionKey and RowKey: `/ \ # ?` and control characters. */
export function forbiddenKeyChar(key: string): string | undefined {
  for (const ch of key) {
    const code = ch.charCodeAt(0);
    if (ch === '/' || ch === '\\' || ch === '#' || ch === '?' || code <= 0x1f || (code >= 0x7f && code <= 0x9f)) return ch;
  }
  return undefined;
}

/** Rejects (never strips) a key Azure would refuse, or an empty one. */
export function assertValidKey(key: unknown, what = 'key'): asserts key is string {
  if (typeof key !== 'string' || key.length === 0) throw new AppError('STORAGE_INVALID_KEY', `${what} must be a non-empty string`);
  if (key.length > LIMITS.maxKeyLength)
    throw new AppError('STORAGE_INVALID_KEY', `${what} is longer than ${LIMITS.maxKeyLength} characters`);
  const bad = forbiddenKeyChar(key);
  if (bad !== undefined) {
    throw new AppError(
      'STORAGE_INVALID_KEY',
      `${what} contains a forbidden character U+${bad.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
  }
}

/** A C# identifier (ASCII subset), at most 255 characters, not a system property. */
export function assertValidPropertyName(name: string): void {
  if (name.length > LIMITS.maxPropertyNameLength || !PROPERTY_NAME.test(name) || RESERVED_NAMES.has(name.toLowerCase())) {
    throw new AppError('STORAGE_INVALID_KEY', `invalid property name "${name.slice(0, 40)}"`);
  }
}

function assertValidValue(name: string, value: unknown): asserts value is EntityValue {
  if (typeof value === 'string') {
    if (value.length > LIMITS.maxStringLength) {
      throw new AppError('STORAGE_ENTITY_TOO_LARGE', `property ${name} is longer than ${LIMITS.maxStringLength} characters`);
    }
    return;
  }
  if (typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new AppError('VALIDATION_FAILED', `property ${name} is not a finite number`);
    // An integer without a type annotation is an Edm.Int32 to the service.
    if (Number.isInteger(value) && (value < INT32_MIN || value > INT32_MAX)) {
      throw new AppError('VALIDATION_FAILED', `property ${name} is an integer outside the Int32 range; store it as a string`);
    }
    return;
  }
  throw new AppError('VALIDATION_FAILED', `property ${name} has an unsupported type (${value === null ? 'null' : typeof value})`);
}

function valueBytes(value: EntityValue): number {
  if (typeof value === 'string') return 4 + value.length * 2;
  if (typeof value === 'boolean') return 1;
  return Number.isInteger(value) ? 4 : 8;
}

/**
 * Azure's documented size formula: 4 bytes + (len(PartitionKey) + len(RowKey)) * 2
 * + for each property (8 bytes + len(name) * 2 + size of the value).
 */
export function estimateEntityBytes(entity: Entity): number {
  let bytes = 4 + (entity.partitionKey.length + entity.rowKey.length) * 2;
  for (const [name, value] of Object.entries(entity.properties)) {
    if (value !== undefined) bytes += 8 + name.length * 2 + valueBytes(value);
  }
  return bytes;
}

/** Checks keys, property names, values and sizes. Returns the properties without `undefined` ones. */
export function assertValidEntity(entity: Entity): Record<string, EntityValue> {
  assertValidKey(entity.partitionKey, 'PartitionKey');
  assertValidKey(entity.rowKey, 'RowKey');
  const present: Record<string, EntityValue> = {};
  for (const [name, value] of Object.entries(entity.properties ?? {})) {
    if (value === undefined) continue;
    assertValidPropertyName(name);
    assertValidValue(name, value);
    present[name] = value;
  }
  const count = Object.keys(present).length;
  if (count > LIMITS.maxCustomProperties) {
    throw new AppError('STORAGE_ENTITY_TOO_LARGE', `${count} properties; at most ${LIMITS.maxCustomProperties} are allowed`);
  }
  const bytes = estimateEntityBytes(entity);
  if (bytes > LIMITS.maxEntityBytes)
    throw new AppError('STORAGE_ENTITY_TOO_LARGE', `entity is about ${bytes} bytes; at most 1 MiB is allowed`);
  return present;
}

/** Rows per page of a scan: 1 to 1000 (Azure answers at most 1000 per request), 1000 by default. */
export function scanPageSize(pageSize: number | undefined): number {
  if (pageSize === undefined) return 1000;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 1000) {
    throw new AppError('VALIDATION_FAILED', 'a scan page size is an integer from 1 to 1000');
  }
  return pageSize;
}
