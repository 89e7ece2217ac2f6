import type { DeliveryRecord } from '../domain/delivery';

/**
 * Records claimed (`sending`) whose claim lease has passed without an
 * outcome: the claimant crashed or lost touch somewhere between claiming and
 * recording the result, so the message may or may not have gone out. They
 * become `unknown` and are reported, never sent again.
 */
export function findStuckDeliveries(deliveries: readonly DeliveryRecord[], now: Date): DeliveryRecord[] {
  return deliveries.filter((r) => isStuck(r, now.getTime()));
}

export function isStuck(record: DeliveryRecord, now: number): boolean {
  return record.state === 'sending' && (!record.leaseUntil || Date.parse(record.leaseUntil) <= now);
}
