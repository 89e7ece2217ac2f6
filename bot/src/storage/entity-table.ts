/**
 * The table gateway port: the few table operations the repositories need.
 * Implementations: `AzureEntityTable` (the only code that talks to Azure Table
 * Storage) and `MemoryEntityTable` (its in-memory twin). Both apply the same
 * guards from `limits.ts` before any call and raise the same `AppError` codes,
 * checked by one contract suite.
 */

/** Property values the port stores. Dates are ISO strings, objects JSON strings. */
export type EntityValue = string | number | boolean;

/** Custom properties; `undefined` values are left out (the property is absent). */
export type EntityProperties = Record<string, EntityValue | undefined>;

export interface Entity {
  partitionKey: string;
  rowKey: string;
  properties: EntityProperties;
}

export interface StoredEntity {
  partitionKey: string;
  rowKey: string;
  properties: Record<string, EntityValue>;
  /** Opaque; changes on every write. */
  etag: string;
}

/** One operation of a transaction. All operations of one transaction share a PartitionKey. */
export type TransactionAction =
  | { kind: 'create'; entity: Entity }
  | { kind: 'upsert'; entity: Entity }
  | { kind: 'update'; entity: Entity; ifMatch: string }
  /** Unconditional (Azure's transactional delete takes no ETag); fails the transaction if the row is missing. */
  | { kind: 'delete'; partitionKey: string; rowKey: string };

export interface ListOptions {
  /** Only rows whose RowKey starts with this (non-empty) prefix. */
  rowKeyPrefix?: string;
}

export interface ScanOptions {
  /** Only rows whose PartitionKey starts with this (non-empty) prefix, e.g. `{programmeId}|`. */
  partitionKeyPrefix?: string;
  /** Rows per page, 1 to 1000 (Azure's maximum, the default). */
  pageSize?: number;
}

/**
 * Errors (all `AppError`): STORAGE_INVALID_KEY (bad key or property name),
 * STORAGE_ENTITY_TOO_LARGE (size limits, transaction over 100 operations),
 * VALIDATION_FAILED (unsupported value), STORAGE_ALREADY_EXISTS (create of an
 * existing row), STORAGE_CONFLICT (stale or missing row for a conditional
 * write), STORAGE_UNAVAILABLE (network, timeout, throttling, 5xx).
 */
export interface EntityTable {
  readonly name: string;
  /** Creates the table if it does not exist. */
  ensureExists(): Promise<void>;
  /** A cheap real call that proves the service answers. */
  ping(): Promise<void>;
  getEntity(partitionKey: string, rowKey: string): Promise<StoredEntity | undefined>;
  /** Inserts; STORAGE_ALREADY_EXISTS if the row exists. Returns the new ETag. */
  createEntity(entity: Entity): Promise<string>;
  /** Inserts or replaces (all properties). Returns the new ETag. */
  upsertEntity(entity: Entity): Promise<string>;
  /** Replaces the row if its ETag is still `ifMatch`; STORAGE_CONFLICT otherwise (also if the row is gone). */
  updateEntity(entity: Entity, ifMatch: string): Promise<string>;
  /** Deletes; a missing row is fine unless `ifMatch` is given (then STORAGE_CONFLICT, as for a stale ETag). */
  deleteEntity(partitionKey: string, rowKey: string, options?: { ifMatch?: string }): Promise<void>;
  /** All rows of one partition, sorted by RowKey. */
  listPartition(partitionKey: string, options?: ListOptions): Promise<StoredEntity[]>;
  /** A table scan for one RowKey across partitions, sorted by PartitionKey. Only for small tables. */
  listByRowKey(rowKey: string): Promise<StoredEntity[]>;
  /**
   * Every row (or every row of the partitions that start with a prefix), page by
   * page, sorted by PartitionKey then RowKey; no empty pages. A full scan: only for
   * the rare jobs that must see every row whatever its keys (a person's export and
   * erasure, the retention purge; see bot/src/gdpr), never on a request's hot path.
   * Each page is its own request with its own timeout.
   */
  scan(options?: ScanOptions): AsyncIterable<StoredEntity[]>;
  /** At most 100 operations on one partition, all or nothing. */
  submitTransaction(actions: TransactionAction[]): Promise<void>;
}
