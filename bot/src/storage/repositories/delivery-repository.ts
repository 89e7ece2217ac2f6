import { AppError, isAppError } from '../../errors';
import type { DeliveryKey, DeliveryRecord, DeliverySubject } from '../../domain/delivery';
import type { EntityTable } from '../entity-table';
import type { DeliveryRepository } from '../repositories';
import { deliveryRowKey, fromDeliveryEntity, subjectPartition, toDeliveryEntity } from './delivery-rows';
import { chunk } from './retry';

/** Deliveries over one table; keys in `delivery-rows.ts`. Every state change is an `ifMatch` update. */
export class TableDeliveryRepository implements DeliveryRepository {
  constructor(private readonly deliveries: EntityTable) {}

  async get(key: DeliveryKey): Promise<DeliveryRecord | undefined> {
    const row = await this.deliveries.getEntity(subjectPartition(key.programmeId, key.subject), deliveryRowKey(key));
    return row && fromDeliveryEntity(row);
  }

  async create(record: DeliveryRecord): Promise<DeliveryRecord> {
    const entity = toDeliveryEntity(record);
    const { version: _ignored, ...fields } = record;
    return { ...fields, version: await this.deliveries.createEntity(entity) };
  }

  async createMissing(records: DeliveryRecord[], options: { listed?: boolean } = {}): Promise<number> {
    const byPartition = new Map<string, ReturnType<typeof toDeliveryEntity>[]>();
    for (const record of records) {
      const entity = toDeliveryEntity(record);
      const list = byPartition.get(entity.partitionKey) ?? [];
      list.push(entity);
      byPartition.set(entity.partitionKey, list);
    }
    let created = 0;
    for (const [partitionKey, entities] of byPartition) {
      const existing = new Set(options.listed ? [] : (await this.deliveries.listPartition(partitionKey)).map((row) => row.rowKey));
      const missing = dedupe(entities.filter((entity) => !existing.has(entity.rowKey)));
      for (const batch of chunk(missing)) {
        try {
          await this.deliveries.submitTransaction(batch.map((entity) => ({ kind: 'create' as const, entity })));
          created += batch.length;
        } catch (err) {
          if (!lostRace(err)) throw err;
          // Another writer created some of them meanwhile: the rest one by one.
          for (const entity of batch) {
            try {
              await this.deliveries.createEntity(entity);
              created++;
            } catch (inner) {
              if (!isAppError(inner, 'STORAGE_ALREADY_EXISTS')) throw inner;
            }
          }
        }
      }
    }
    return created;
  }

  async update(record: DeliveryRecord): Promise<DeliveryRecord> {
    if (!record.version) throw new AppError('VALIDATION_FAILED', 'a delivery update needs the version that was read');
    const { version: _ignored, ...fields } = record;
    return { ...fields, version: await this.deliveries.updateEntity(toDeliveryEntity(record), record.version) };
  }

  async listBySubject(programmeId: string, subject: DeliverySubject): Promise<DeliveryRecord[]> {
    return (await this.deliveries.listPartition(subjectPartition(programmeId, subject))).map(fromDeliveryEntity);
  }
}

function lostRace(err: unknown): boolean {
  return isAppError(err, 'STORAGE_ALREADY_EXISTS') || isAppError(err, 'STORAGE_CONFLICT');
}

/** The first of each RowKey (a transaction may touch a row only once). */
function dedupe<T extends { rowKey: string }>(entities: T[]): T[] {
  return [...new Map(entities.map((entity) => [entity.rowKey, entity] as const)).values()];
}
