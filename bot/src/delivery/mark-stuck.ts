import { isAppError } from '../errors';
import type { DeliveryRecord } from '../domain/delivery';
import type { Repositories } from '../storage/repositories';
import { findStuckDeliveries } from '../scheduler/stuck-deliveries';
import { unknownRecord } from './transitions';

/**
 * Marks claims whose lease passed without an outcome as `unknown`
 * (conditionally: a claimant that settles meanwhile wins). Returns the
 * records marked; they are reported and never sent again.
 */
export async function markStuckUnknown(repos: Repositories, deliveries: readonly DeliveryRecord[], now: Date): Promise<DeliveryRecord[]> {
  const marked: DeliveryRecord[] = [];
  for (const stuck of findStuckDeliveries(deliveries, now)) {
    try {
      marked.push(await repos.deliveries.update(unknownRecord(stuck, now)));
    } catch (err) {
      if (!isAppError(err, 'STORAGE_CONFLICT')) throw err;
    }
  }
  return marked;
}
