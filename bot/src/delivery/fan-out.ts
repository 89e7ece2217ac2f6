import type { DeliveryRecord } from '../domain/delivery';
import type { WorkItem } from '../scheduler/due-work';
import { deliverItem, type ItemOutcome } from './deliver-item';
import { DEFAULT_CONCURRENCY, type DeliveryDeps } from './delivery-deps';
import type { ProgrammeSnapshot } from './programme-snapshot';
import { createMessageRenderer } from './render-message';
import { PendingWriter } from './pending-writer';
import { pendingRecord } from './transitions';

export type FanOutReport = Record<ItemOutcome | 'errors', number> & { due: number; aborted: boolean };

export function emptyFanOutReport(): FanOutReport {
  return { due: 0, sent: 0, failed: 0, unreachable: 0, unknown: 0, released: 0, skipped: 0, interrupted: 0, errors: 0, aborted: false };
}

/**
 * Delivers due work items of one programme: records the new ones as
 * `pending` (in transactions per prompt or session, in the background),
 * then claims and sends up to `concurrency` at a time, in order. A claim is
 * conditional on the version read, so an item another runner took meanwhile
 * is skipped. Stops taking new items when `signal` aborts (a lost lease, a
 * stop); items not yet claimed stay pending.
 */
export async function fanOut(
  items: readonly WorkItem[],
  context: { deps: DeliveryDeps; snapshot: ProgrammeSnapshot; signal?: AbortSignal },
): Promise<FanOutReport> {
  const { deps, snapshot, signal } = context;
  const { deliveries } = deps.repos;
  const report = emptyFanOutReport();
  report.due = items.length;
  if (items.length === 0) return report;
  const now = deps.clock();

  // New items are recorded as pending in the background, in sending order; each is read back (for its version) before its claim.
  const writer = new PendingWriter(
    deliveries,
    items.filter((i) => !i.existing).map((i) => pendingRecord(i, i.scheduledAt, now)),
  );
  const current = async (item: WorkItem): Promise<DeliveryRecord | undefined> => {
    if (item.existing) return item.existing;
    await writer.written(item);
    return deliveries.get(item);
  };

  const render = createMessageRenderer(snapshot, now);
  const logger = deps.logger.child('fan-out');
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      if (signal?.aborted) {
        report.aborted = true;
        return;
      }
      const item = items[next++];
      try {
        const record = await current(item);
        // Claimable: pending, or the unreachable record this pass decided to try again (unchanged since).
        const claimable = record?.state === 'pending' || (record?.state === 'unreachable' && record.version === item.existing?.version);
        if (!record || !claimable) {
          report.skipped++;
          continue;
        }
        report[await deliverItem(record, { deps, snapshot, render, signal })]++;
      } catch (err) {
        report.errors++;
        logger.warn(
          { err: err instanceof Error ? err.message : String(err), kind: item.kind },
          'could not record or claim a delivery; it is due again next pass',
        );
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(deps.concurrency ?? DEFAULT_CONCURRENCY, items.length) }, worker));
  if (signal?.aborted && next < items.length) report.aborted = true;
  return report;
}

/** Adds one report into another (several programmes in one pass). */
export function addReports(into: FanOutReport, from: FanOutReport): FanOutReport {
  for (const key of Object.keys(from) as Array<keyof FanOutReport>) {
    if (key === 'aborted') into.aborted ||= from.aborted;
    else into[key] += from[key];
  }
  return into;
}
