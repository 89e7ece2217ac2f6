import { deliveryId, type DeliveryKey, type DeliveryRecord } from '../domain/delivery';
import type { WorkItem } from '../scheduler/due-work';
import type { Repositories } from '../storage/repositories';
import { markStuckUnknown } from './mark-stuck';

/**
 * The work items that send these deliveries now rather than on the
 * scheduler's clock ("send now", a meeting's follow-up): new keys, and keys
 * whose record is still pending or unreachable (nothing was sent, so it is
 * tried again at once). Anything sending, sent, failed or unknown is left
 * alone, so nobody gets a message twice; claims stuck past their lease are
 * marked unknown first. `records`: the subject's records as just read.
 */
export async function itemsToSendAtOnce(
  repos: Repositories,
  keys: readonly DeliveryKey[],
  records: readonly DeliveryRecord[],
  window: { scheduledAt: string; expiresAt: string },
  now: Date,
): Promise<WorkItem[]> {
  await markStuckUnknown(repos, records, now);
  const byId = new Map(records.map((r) => [deliveryId(r), r] as const));
  return keys.flatMap((key) => {
    const record = byId.get(deliveryId(key));
    if (record && record.state !== 'pending' && record.state !== 'unreachable') return [];
    return [{ ...key, ...window, ...(record ? { existing: record } : {}) }];
  });
}
