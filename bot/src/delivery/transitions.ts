import type { DeliveryKey, DeliveryRecord } from '../domain/delivery';
import type { SendOutcome } from './message-sender';

/**
 * The record after each transition (pure). The repository write that
 * applies it is conditional on the version read, which is what makes a
 * transition happen once.
 */

export function pendingRecord(key: DeliveryKey, scheduledAt: string, now: Date): DeliveryRecord {
  const at = now.toISOString();
  return { ...copyKey(key), state: 'pending', scheduledAt, createdAt: at, updatedAt: at, attempts: 0 };
}

/** pending (or unreachable) → sending, held by `claimant` until `leaseUntil`. */
export function claimedRecord(record: DeliveryRecord, claimant: string, now: Date, claimLeaseMs: number): DeliveryRecord {
  return {
    ...record,
    state: 'sending',
    claimant,
    leaseUntil: new Date(now.getTime() + claimLeaseMs).toISOString(),
    attempts: record.attempts + 1,
    updatedAt: now.toISOString(),
    reason: undefined,
  };
}

/** sending → sent | failed | unknown, or back to pending when nothing was attempted. */
export function settledRecord(claimed: DeliveryRecord, outcome: SendOutcome, conversationId: string, now: Date): DeliveryRecord {
  const at = now.toISOString();
  const base = { ...claimed, updatedAt: at, leaseUntil: undefined };
  switch (outcome.status) {
    case 'sent':
      return { ...base, state: 'sent', activityId: outcome.activityId, conversationId, sentAt: at, reason: undefined };
    case 'failed':
      return { ...base, state: 'failed', reason: outcome.reason };
    case 'unknown':
      return { ...base, state: 'unknown', reason: outcome.reason };
    case 'notSent':
      return { ...base, state: 'pending', claimant: undefined, attempts: Math.max(0, claimed.attempts - 1) };
  }
}

/** sending → unreachable: no conversation to send to (nothing was sent). */
export function unreachableRecord(claimed: DeliveryRecord, reason: string, now: Date, chatId?: string): DeliveryRecord {
  return { ...claimed, state: 'unreachable', reason, leaseUntil: undefined, updatedAt: now.toISOString(), ...(chatId ? { chatId } : {}) };
}

/** sending → failed before any call (e.g. the card could not be built). */
export function failedRecord(claimed: DeliveryRecord, reason: string, now: Date): DeliveryRecord {
  return { ...claimed, state: 'failed', reason, leaseUntil: undefined, updatedAt: now.toISOString() };
}

export const CLAIM_EXPIRED_REASON = 'claim lease passed without an outcome';

/** sending past its lease → unknown: it may or may not have gone out; reported, never resent. */
export function unknownRecord(stuck: DeliveryRecord, now: Date): DeliveryRecord {
  return { ...stuck, state: 'unknown', reason: CLAIM_EXPIRED_REASON, updatedAt: now.toISOString() };
}

function copyKey(key: DeliveryKey): DeliveryKey {
  return {
    programmeId: key.programmeId,
    kind: key.kind,
    subject: key.subject,
    ...(key.slot ? { slot: key.slot } : {}),
    person: { tenantId: key.person.tenantId, objectId: key.person.objectId },
  };
}
