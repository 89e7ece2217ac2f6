import type { DeliveryCounts } from '../api/contract';
import type { DeliveryRecord } from '../domain/delivery';

export function emptyDeliveryCounts(): DeliveryCounts {
  return { pending: 0, sending: 0, sent: 0, failed: 0, unreachable: 0, unknown: 0, reasons: [] };
}

/** Counts the prompt sends (not reminders) by state, with failure reasons grouped. */
export function countDeliveries(records: Iterable<Pick<DeliveryRecord, 'kind' | 'state' | 'reason'>>): DeliveryCounts {
  const counts = emptyDeliveryCounts();
  const reasons = new Map<string, DeliveryCounts['reasons'][number]>();
  for (const record of records) {
    if (record.kind !== 'prompt') continue;
    counts[record.state]++;
    if (record.state === 'failed' || record.state === 'unreachable' || record.state === 'unknown') {
      const reason = record.reason ?? '';
      const key = `${record.state}\u0000${reason}`;
      const entry = reasons.get(key) ?? { status: record.state, reason, count: 0 };
      entry.count++;
      reasons.set(key, entry);
    }
  }
  counts.reasons = [...reasons.values()].sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
  return counts;
}

/** Sums per-prompt counts into the programme's. */
export function addDeliveryCounts(parts: readonly DeliveryCounts[]): DeliveryCounts {
  const total = emptyDeliveryCounts();
  const reasons = new Map<string, DeliveryCounts['reasons'][number]>();
  for (const part of parts) {
    total.pending += part.pending;
    total.sending += part.sending;
    total.sent += part.sent;
    total.failed += part.failed;
    total.unreachable += part.unreachable;
    total.unknown += part.unknown;
    for (const r of part.reasons) {
      const key = `${r.status}\u0000${r.reason}`;
      const entry = reasons.get(key) ?? { ...r, count: 0 };
      entry.count += r.count;
      reasons.set(key, entry);
    }
  }
  total.reasons = [...reasons.values()].sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
  return total;
}
