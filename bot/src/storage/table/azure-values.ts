import type { EntityValue, StoredEntity } from '../entity-table';

const SYSTEM = new Set(['partitionKey', 'rowKey', 'etag', 'timestamp', 'odata.metadata']);

/** Values written by other tools may have Edm types the port does not model; they are read as strings or numbers. */
function toPortValue(value: unknown): EntityValue | undefined {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (value && typeof value === 'object' && 'value' in value) return String((value as { value: unknown }).value);
  return undefined;
}

export function fromSdkEntity(entity: Record<string, unknown>): StoredEntity {
  const properties: Record<string, EntityValue> = {};
  for (const [name, raw] of Object.entries(entity)) {
    if (SYSTEM.has(name)) continue;
    const value = toPortValue(raw);
    if (value !== undefined) properties[name] = value;
  }
  return { partitionKey: String(entity.partitionKey), rowKey: String(entity.rowKey), properties, etag: String(entity.etag) };
}
