import { deliveryId, type DeliveryKey, type DeliveryRecord } from '../domain/delivery';
import type { DeliveryRepository } from '../storage/repositories';
import { chunk } from '../storage/repositories/retry';

/**
 * Writes `pending` records in the background, 100 per transaction (one
 * partition each), in the order given, so sending can start as soon as the
 * first batch is in. `written(key)` resolves when its batch is.
 */
export class PendingWriter {
  private readonly batchOf = new Map<string, Promise<void>>();

  constructor(deliveries: DeliveryRepository, records: readonly DeliveryRecord[]) {
    const byPartition = new Map<string, DeliveryRecord[]>();
    for (const record of records) {
      const key = `${record.programmeId}|${JSON.stringify(record.subject)}`;
      byPartition.set(key, [...(byPartition.get(key) ?? []), record]);
    }
    let previous: Promise<unknown> = Promise.resolve();
    for (const group of byPartition.values()) {
      for (const batch of chunk(group)) {
        // One batch after the other; a failed batch does not stop the next.
        const written = previous.catch(() => undefined).then(() => deliveries.createMissing(batch, { listed: true }).then(() => undefined));
        written.catch(() => undefined);
        for (const record of batch) this.batchOf.set(deliveryId(record), written);
        previous = written;
      }
    }
  }

  written(key: DeliveryKey): Promise<void> {
    return this.batchOf.get(deliveryId(key)) ?? Promise.resolve();
  }
}
