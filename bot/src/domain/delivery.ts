import type { PersonRef } from './identity';
import type { LocalDateTime } from './model';

/**
 * One message to one person, recorded so it is sent at most once:
 *
 *   pending ──claim──▶ sending ──▶ sent | failed | unreachable
 *                         │
 *                         └── claim lease passed without an outcome ──▶ unknown (reported, never resent)
 *
 * Every transition is a conditional write on the record's ETag (`version`),
 * so of two runners only one can claim a record. `unreachable` (nothing was
 * sent) may be claimed again later, when the person may have installed the app.
 */
export const DELIVERY_KINDS = ['prompt', 'promptReminder', 'sessionReminder', 'sessionCatchUp'] as const;
export type DeliveryKind = (typeof DELIVERY_KINDS)[number];

export const DELIVERY_STATES = ['pending', 'sending', 'sent', 'failed', 'unreachable', 'unknown'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

/** What a delivery is about: a prompt (its send and its reminders) or a session (its reminder). */
export type DeliverySubject = { type: 'prompt'; promptId: string } | { type: 'session'; sessionNumber: number };

export interface DeliveryKey {
  programmeId: string;
  kind: DeliveryKind;
  subject: DeliverySubject;
  /** promptReminder only: the reminder's local time, so each reminder time is its own delivery. */
  slot?: LocalDateTime;
  person: PersonRef;
}

export interface DeliveryRecord extends DeliveryKey {
  state: DeliveryState;
  /** When it was due (UTC ISO). */
  scheduledAt: string;
  createdAt: string;
  updatedAt: string;
  /** Claims so far (the first claim is 1). */
  attempts: number;
  /** The runner instance that claimed it last. */
  claimant?: string;
  /** While `sending`: the claim holds until then (UTC ISO); afterwards the record counts as unknown. */
  leaseUntil?: string;
  /** sent: the posted activity and its conversation (erasure deletes posted messages by these). */
  activityId?: string;
  conversationId?: string;
  sentAt?: string;
  /** failed / unreachable / unknown: why, for the coordinator (no personal data). */
  reason?: string;
  /** The personal chat id Graph returned when it installed the app (reachability). */
  chatId?: string;
  /** Opaque concurrency token (the storage ETag). */
  version?: string;
}

/** Terminal for sending purposes: never sent again. (`unreachable` is retried only while nothing was sent.) */
export const FINAL_STATES: readonly DeliveryState[] = ['sent', 'failed', 'unknown'];

export function promptSubject(promptId: string): DeliverySubject {
  return { type: 'prompt', promptId };
}

export function sessionSubject(sessionNumber: number): DeliverySubject {
  return { type: 'session', sessionNumber };
}

/** A stable identity string for a delivery (logs, maps): `programme/kind/subject/slot/person`. */
export function deliveryId(key: DeliveryKey): string {
  const subject = key.subject.type === 'prompt' ? `p:${key.subject.promptId}` : `s:${key.subject.sessionNumber}`;
  return [key.programmeId, key.kind, subject, key.slot ?? '', key.person.tenantId.toLowerCase(), key.person.objectId.toLowerCase()].join(
    '/',
  );
}

export function sameDeliveryKey(a: DeliveryKey, b: DeliveryKey): boolean {
  return deliveryId(a) === deliveryId(b);
}
