import type { EntityValue } from './entity-table';

/** Columns holding JSON end with this; domain field names are camelCase and never do. */
const JSON_SUFFIX = '_json';

/** JSON with object keys sorted, so equal content always gives an equal string. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, field: unknown) =>
    field && typeof field === 'object' && !Array.isArray(field)
      ? Object.fromEntries(Object.entries(field as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : field,
  );
}

/**
 * Flattens a plain object into table properties: strings, numbers and
 * booleans as they are, objects and arrays as JSON strings in `<name>_json`,
 * `undefined` left out. Each column then has its own 32K-character limit
 * (checked by the table guards, which reject rather than chunk).
 */
export function toColumns(value: object): Record<string, EntityValue> {
  const columns: Record<string, EntityValue> = {};
  for (const [name, field] of Object.entries(value)) {
    if (field === undefined) continue;
    if (typeof field === 'string' || typeof field === 'number' || typeof field === 'boolean') columns[name] = field;
    else columns[name + JSON_SUFFIX] = stableStringify(field);
  }
  return columns;
}

/** The inverse of `toColumns`; properties in `skip` (bookkeeping columns) are left out. */
export function fromColumns<T>(columns: Record<string, EntityValue>, skip: readonly string[] = []): T {
  const value: Record<string, unknown> = {};
  for (const [name, column] of Object.entries(columns)) {
    if (skip.includes(name)) continue;
    if (name.endsWith(JSON_SUFFIX) && typeof column === 'string') value[name.slice(0, -JSON_SUFFIX.length)] = JSON.parse(column);
    else value[name] = column;
  }
  return value as T;
}

/** Same columns, same values (order of properties does not matter). */
export function sameColumns(a: Record<string, EntityValue>, b: Record<string, EntityValue>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && a[key] === b[key]);
}
