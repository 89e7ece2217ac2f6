import type { TableClient, TableEntity, TransactionAction as SdkAction } from '@azure/data-tables';
import type { Entity, EntityTable, EntityValue, ListOptions, ScanOptions, StoredEntity, TransactionAction } from '../entity-table';
import { assertValidEntity, assertValidKey, estimateEntityBytes, scanPageSize } from '../limits';
import { assertIfMatch, assertValidTransaction, type CheckedAction } from '../transaction-guard';
import { type AzureClientOptions, createTableClient, type TableConnection } from './azure-client';
import { isNotFound, toAppError } from './azure-errors';
import { CreateBatcher, type CreateBatcherOptions } from './create-batcher';
import { fromSdkEntity } from './azure-values';
import { partitionFilter, partitionPrefixFilter, rowKeyFilter } from './odata-filters';

export interface AzureEntityTableOptions extends AzureClientOptions {
  /** Per operation, retries included (default 10 s). */
  timeoutMs?: number;
  /** For `ping` (default 2.5 s), so a health check fails within about 3 s. */
  pingTimeoutMs?: number;
  /** Concurrent creates in one partition go as transactions (see CreateBatcher). */
  createBatching?: CreateBatcherOptions;
}

/** `EntityTable` over Azure Table Storage (or Azurite). The guards run before any request. */
export class AzureEntityTable implements EntityTable {
  readonly name: string;
  private readonly timeoutMs: number;
  private readonly pingTimeoutMs: number;
  private readonly creates: CreateBatcher<TableEntity>;

  constructor(
    private readonly client: TableClient,
    options: AzureEntityTableOptions = {},
  ) {
    this.name = client.tableName;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.pingTimeoutMs = options.pingTimeoutMs ?? 2_500;
    this.creates = new CreateBatcher<TableEntity>(
      {
        one: (entity) => this.call('createEntity', async () => etagOf(await this.client.createEntity(entity, this.opts()))),
        many: (entities) =>
          this.call('createEntity', async () => {
            const result = await this.client.submitTransaction(
              entities.map((entity): SdkAction => ['create', entity]),
              this.opts(),
            );
            // In the order sent (their rowKey comes URL-encoded, so they are not looked up by it).
            return result.subResponses.map((sub) => etagOf(sub));
          }),
      },
      options.createBatching,
    );
  }

  static connect(connection: TableConnection, tableName: string, options: AzureEntityTableOptions = {}): AzureEntityTable {
    return new AzureEntityTable(createTableClient(connection, tableName, options), options);
  }

  ensureExists(): Promise<void> {
    return this.call('createTable', () => this.client.createTable(this.opts()));
  }

  async ping(): Promise<void> {
    await this.call('ping', async () => {
      try {
        await this.client.getEntity('health', 'ping', { abortSignal: AbortSignal.timeout(this.pingTimeoutMs) });
      } catch (err) {
        if (!isNotFound(err)) throw err; // 404 means the service answered.
      }
    });
  }

  async getEntity(partitionKey: string, rowKey: string): Promise<StoredEntity | undefined> {
    assertValidKey(partitionKey, 'PartitionKey');
    assertValidKey(rowKey, 'RowKey');
    return this.call('getEntity', async () => {
      try {
        return fromSdkEntity(await this.client.getEntity(partitionKey, rowKey, this.opts()));
      } catch (err) {
        if (isNotFound(err)) return undefined;
        throw err;
      }
    });
  }

  /** Concurrent creates in one partition are committed together (CreateBatcher); each caller still gets its own row's outcome. */
  async createEntity(entity: Entity): Promise<string> {
    const properties = assertValidEntity(entity);
    const sdk = toSdkEntity(entity.partitionKey, entity.rowKey, properties);
    return this.creates.create(entity.partitionKey, entity.rowKey, sdk, estimateEntityBytes({ ...entity, properties }));
  }

  async upsertEntity(entity: Entity): Promise<string> {
    const sdk = toSdkEntity(entity.partitionKey, entity.rowKey, assertValidEntity(entity));
    return this.call('upsertEntity', async () => etagOf(await this.client.upsertEntity(sdk, 'Replace', this.opts())));
  }

  async updateEntity(entity: Entity, ifMatch: string): Promise<string> {
    const sdk = toSdkEntity(entity.partitionKey, entity.rowKey, assertValidEntity(entity));
    assertIfMatch(ifMatch);
    return this.call('updateEntity', async () => etagOf(await this.client.updateEntity(sdk, 'Replace', { ...this.opts(), etag: ifMatch })));
  }

  async deleteEntity(partitionKey: string, rowKey: string, options: { ifMatch?: string } = {}): Promise<void> {
    assertValidKey(partitionKey, 'PartitionKey');
    assertValidKey(rowKey, 'RowKey');
    await this.call('deleteEntity', async () => {
      try {
        await this.client.deleteEntity(partitionKey, rowKey, { ...this.opts(), etag: options.ifMatch ?? '*' });
      } catch (err) {
        if (options.ifMatch === undefined && isNotFound(err)) return;
        throw err;
      }
    });
  }

  async listPartition(partitionKey: string, options: ListOptions = {}): Promise<StoredEntity[]> {
    assertValidKey(partitionKey, 'PartitionKey');
    if (options.rowKeyPrefix !== undefined) assertValidKey(options.rowKeyPrefix, 'RowKey prefix');
    const rows = await this.query('listPartition', partitionFilter(partitionKey, options.rowKeyPrefix));
    return rows.filter((row) => row.rowKey.startsWith(options.rowKeyPrefix ?? '')).sort((a, b) => compare(a.rowKey, b.rowKey));
  }

  async listByRowKey(rowKey: string): Promise<StoredEntity[]> {
    assertValidKey(rowKey, 'RowKey');
    return (await this.query('listByRowKey', rowKeyFilter(rowKey))).sort((a, b) => compare(a.partitionKey, b.partitionKey));
  }

  async *scan(options: ScanOptions = {}): AsyncIterable<StoredEntity[]> {
    const prefix = options.partitionKeyPrefix;
    if (prefix !== undefined) assertValidKey(prefix, 'PartitionKey prefix');
    const maxPageSize = scanPageSize(options.pageSize);
    const queryOptions = prefix === undefined ? {} : { filter: partitionPrefixFilter(prefix) };
    let continuationToken: string | undefined;
    do {
      // One request per page, each with its own timeout: a long scan is many short calls.
      const page = await this.call('scan', async () => {
        const pages = this.client.listEntities({ ...this.opts(), queryOptions }).byPage({ maxPageSize, continuationToken });
        const next = await pages.next();
        return next.done ? undefined : next.value;
      });
      continuationToken = page?.continuationToken;
      const rows = (page ?? [])
        .map((entity) => fromSdkEntity(entity))
        .filter((row) => prefix === undefined || row.partitionKey.startsWith(prefix));
      if (rows.length > 0) yield rows;
    } while (continuationToken);
  }

  async submitTransaction(actions: TransactionAction[]): Promise<void> {
    const checked = assertValidTransaction(actions);
    if (checked.length === 0) return;
    await this.call('submitTransaction', () => this.client.submitTransaction(checked.map(toSdkAction), this.opts()));
  }

  private async query(operation: string, filter: string): Promise<StoredEntity[]> {
    return this.call(operation, async () => {
      const rows: StoredEntity[] = [];
      for await (const entity of this.client.listEntities({ ...this.opts(), queryOptions: { filter } })) rows.push(fromSdkEntity(entity));
      return rows;
    });
  }

  private opts(): { abortSignal: AbortSignal } {
    return { abortSignal: AbortSignal.timeout(this.timeoutMs) };
  }

  private async call<T>(operation: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      throw toAppError(err, operation, this.name);
    }
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function toSdkEntity(partitionKey: string, rowKey: string, properties: Record<string, EntityValue>): TableEntity {
  return { ...properties, partitionKey, rowKey };
}

function toSdkAction(action: CheckedAction): SdkAction {
  switch (action.kind) {
    case 'delete':
      return ['delete', { partitionKey: action.partitionKey, rowKey: action.rowKey }];
    case 'create':
      return ['create', toSdkEntity(action.partitionKey, action.rowKey, action.properties)];
    case 'upsert':
      return ['upsert', toSdkEntity(action.partitionKey, action.rowKey, action.properties), 'Replace'];
    case 'update':
      return ['update', toSdkEntity(action.partitionKey, action.rowKey, action.properties), 'Replace', { etag: action.ifMatch }];
  }
}

function etagOf(response: { etag?: string }): string {
  if (!response.etag) throw new Error('the service returned no ETag');
  return response.etag;
}
