import { AppError } from '../../errors';
import type { EntityTable, StoredEntity } from '../entity-table';
import { fromColumns, toColumns } from '../json-columns';

/**
 * Rows that hold one plain object each (its fields as columns, nested
 * values as JSON), versioned by the ETag: the small building block of the
 * live-session repositories. `save` creates when the value has no version
 * and otherwise replaces only if the stored row still has that version.
 */
export class DocumentRows<T extends { version?: string }> {
  constructor(private readonly table: EntityTable) {}

  async get(partitionKey: string, rowKey: string): Promise<T | undefined> {
    const row = await this.table.getEntity(partitionKey, rowKey);
    return row && this.fromRow(row);
  }

  /** STORAGE_ALREADY_EXISTS when creating a row that exists; STORAGE_CONFLICT when the version is stale. */
  async save(partitionKey: string, rowKey: string, value: T): Promise<T> {
    const { version, ...fields } = value;
    const entity = { partitionKey, rowKey, properties: toColumns(fields) };
    const etag = version ? await this.table.updateEntity(entity, version) : await this.table.createEntity(entity);
    return { ...fields, version: etag } as T;
  }

  async list(partitionKey: string, rowKeyPrefix: string): Promise<T[]> {
    const rows = await this.table.listPartition(partitionKey, { rowKeyPrefix });
    return rows.map((row) => this.fromRow(row));
  }

  private fromRow(row: StoredEntity): T {
    const value = fromColumns<T>(row.properties);
    if (typeof value !== 'object' || value === null) throw new AppError('STORAGE_UNAVAILABLE', 'a stored row could not be read');
    return { ...value, version: row.etag };
  }
}
