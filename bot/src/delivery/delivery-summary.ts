import type { DeliveryRecord } from '../domain/delivery';
import { isStuck } from '../scheduler/stuck-deliveries';
import { CLAIM_EXPIRED_REASON } from './transitions';

export interface ReasonCount {
  reason: string;
  count: number;
}

/** Where a prompt's (or a reminder's) deliveries stand, for a coordinator. */
export interface DeliverySummary {
  sent: number;
  failed: ReasonCount[];
  unreachable: ReasonCount[];
  /** Claimed and never settled: may or may not have arrived. Reported, never resent. */
  unknown: ReasonCount[];
  /** Pending or being sent right now. */
  waiting: number;
}

export const total = (counts: readonly ReasonCount[]): number => counts.reduce((n, c) => n + c.count, 0);

/** Counts records by state; a claim past its lease counts as unknown even before a runner marks it. */
export function summariseDeliveries(records: readonly DeliveryRecord[], now: Date): DeliverySummary {
  const summary: DeliverySummary = { sent: 0, failed: [], unreachable: [], unknown: [], waiting: 0 };
  const add = (list: ReasonCount[], reason: string) => {
    const entry = list.find((c) => c.reason === reason);
    if (entry) entry.count++;
    else list.push({ reason, count: 1 });
  };
  for (const record of records) {
    if (record.state === 'sent') summary.sent++;
    else if (record.state === 'failed') add(summary.failed, record.reason ?? 'failed');
    else if (record.state === 'unreachable') add(summary.unreachable, record.reason ?? 'unreachable');
    else if (record.state === 'unknown') add(summary.unknown, record.reason ?? CLAIM_EXPIRED_REASON);
    else if (isStuck(record, now.getTime())) add(summary.unknown, CLAIM_EXPIRED_REASON);
    else summary.waiting++;
  }
  for (const list of [summary.failed, summary.unreachable, summary.unknown])
    list.sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
  return summary;
}
