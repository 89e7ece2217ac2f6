import { AppError } from '../../errors';
import type { Entity, EntityTable, EntityValue, ListOptions, ScanOptions, StoredEntity, TransactionAction } from '../entity-table';
import { assertValidEntity, assertValidKey, scanPageSize } from '../limits';
import { assertIfMatch, assertValidTransaction, type CheckedAction } from '../transaction-guard';

interface Row {
  properties: Record<string, EntityValue>;
  etag: string;
}

type Partition = Map<string, Row>;

let instances = 0;

const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The in-memory twin of `AzureEntityTable`: same guards, same errors, a new
 * ETag on every write, rows sorted by RowKey, transactions all or nothing.
 * Each call is atomic (it does not yield before it has written).
 */
export class MemoryEntityTable implements EntityTable {
  private readonly partitions = new Map<string, Partition>();
  private readonly instance = ++instances;
  private writes = 0;

  constructor(readonly name = 'memory') {}

  async ensureExists(): Promise<void> {}

  async ping(): Promise<void> {}

  async getEntity(partitionKey: string, rowKey: string): Promise<StoredEntity | undefined> {
    assertValidKey(partitionKey, 'PartitionKey');
    assertValidKey(rowKey, 'RowKey');
    const row = this.partitions.get(partitionKey)?.get(rowKey);
    return row && toStored(partitionKey, rowKey, row);
  }

  async createEntity(entity: Entity): Promise<string> {
    return this.write(entity, 'create');
  }

  async upsertEntity(entity: Entity): Promise<string> {
    return this.write(entity, 'upsert');
  }

  async updateEntity(entity: Entity, ifMatch: string): Promise<string> {
    return this.write(entity, 'update', ifMatch);
  }

  async deleteEntity(partitionKey: string, rowKey: string, options: { ifMatch?: string } = {}): Promise<void> {
    assertValidKey(partitionKey, 'PartitionKey');
    assertValidKey(rowKey, 'RowKey');
    const partition = this.partitions.get(partitionKey);
    const row = partition?.get(rowKey);
    if (options.ifMatch !== undefined && row?.etag !== options.ifMatch)
      throw new AppError('STORAGE_CONFLICT', 'the row changed or is gone');
    partition?.delete(rowKey);
  }

  async listPartition(partitionKey: string, options: ListOptions = {}): Promise<StoredEntity[]> {
    assertValidKey(partitionKey, 'PartitionKey');
    if (options.rowKeyPrefix !== undefined) assertValidKey(options.rowKeyPrefix, 'RowKey prefix');
    const prefix = options.rowKeyPrefix ?? '';
    const partition = this.partitions.get(partitionKey) ?? new Map<string, Row>();
    return [...partition.keys()]
      .filter((rowKey) => rowKey.startsWith(prefix))
      .sort(byKey)
      .map((rowKey) => toStored(partitionKey, rowKey, partition.get(rowKey)!));
  }

  async listByRowKey(rowKey: string): Promise<StoredEntity[]> {
    assertValidKey(rowKey, 'RowKey');
    return [...this.partitions.keys()].sort(byKey).flatMap((partitionKey) => {
      const row = this.partitions.get(partitionKey)!.get(rowKey);
      return row ? [toStored(partitionKey, rowKey, row)] : [];
    });
  }

  async *scan(options: ScanOptions = {}): AsyncIterable<StoredEntity[]> {
    if (options.partitionKeyPrefix !== undefined) assertValidKey(options.partitionKeyPrefix, 'PartitionKey prefix');
    const pageSize = scanPageSize(options.pageSize);
    const prefix = options.partitionKeyPrefix ?? '';
    // A snapshot, like a page of Azure's: rows written while the caller works on a page do not move the next one.
    const rows = [...this.partitions.keys()]
      .filter((partitionKey) => partitionKey.startsWith(prefix))
      .sort(byKey)
      .flatMap((partitionKey) => {
        const partition = this.partitions.get(partitionKey)!;
        return [...partition.keys()].sort(byKey).map((rowKey) => toStored(partitionKey, rowKey, partition.get(rowKey)!));
      });
    for (let i = 0; i < rows.length; i += pageSize) yield rows.slice(i, i + pageSize);
  }

  async submitTransaction(actions: TransactionAction[]): Promise<void> {
    const checked = assertValidTransaction(actions);
    if (checked.length === 0) return;
    const partitionKey = checked[0].partitionKey;
    const staged: Partition = new Map(this.partitions.get(partitionKey));
    for (const action of checked) this.apply(staged, action);
    this.partitions.set(partitionKey, staged);
  }

  private write(entity: Entity, kind: 'create' | 'upsert' | 'update', ifMatch?: string): Promise<string> {
    const properties = assertValidEntity(entity);
    if (kind === 'update') assertIfMatch(ifMatch);
    const { partitionKey, rowKey } = entity;
    const partition = this.partitions.get(partitionKey) ?? new Map<string, Row>();
    const etag = this.apply(partition, { kind, partitionKey, rowKey, properties, ifMatch: ifMatch ?? '' });
    this.partitions.set(partitionKey, partition);
    return Promise.resolve(etag);
  }

  private apply(partition: Partition, action: CheckedAction): string {
    const existing = partition.get(action.rowKey);
    if (action.kind === 'delete') {
      if (!existing) throw new AppError('STORAGE_CONFLICT', 'the row to delete is gone');
      partition.delete(action.rowKey);
      return '';
    }
    if (action.kind === 'create' && existing) throw new AppError('STORAGE_ALREADY_EXISTS', 'the row exists');
    if (action.kind === 'update' && existing?.etag !== action.ifMatch) throw new AppError('STORAGE_CONFLICT', 'the row changed or is gone');
    const etag = `W/"mem-${this.instance}-${++this.writes}"`;
    partition.set(action.rowKey, { properties: { ...action.properties }, etag });
    return etag;
  }
}

function toStored(partitionKey: string, rowKey: string, row: Row): StoredEntity {
  return { partitionKey, rowKey, properties: { ...row.properties }, etag: row.etag };
}
