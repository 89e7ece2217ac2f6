import type { DeliveryDeps } from '../delivery/delivery-deps';
import type { AppInstaller } from '../delivery/app-installer';
import type { MessageSender } from '../delivery/message-sender';
import type { Logger } from '../logger';
import type { Repositories } from '../storage/repositories';
import { LeaseHold } from './lease';
import type { ScheduleOptions } from './schedule-options';
import { runSchedulerPass, type PassReport } from './scheduler-pass';

export interface SchedulerRunnerOptions {
  repos: Repositories;
  sender: MessageSender;
  clock: () => Date;
  logger: Logger;
  /** Unique per process (e.g. host name + pid + random): the lease holder and the claimant of deliveries. */
  instanceId: string;
  /** Pause between passes. */
  tickMs: number;
  /** How long the lease holds without renewal. Default max(60 s, 3 × tickMs). */
  leaseMs?: number;
  /** How often the holder renews. Default leaseMs / 3. */
  renewMs?: number;
  /** Lease row name; one scheduler per name. Default `scheduler`. */
  leaseName?: string;
  claimLeaseMs?: number;
  concurrency?: number;
  schedule?: Partial<ScheduleOptions>;
  installer?: AppInstaller;
  /** Further leased work after each pass (the retention purge); must not throw. */
  afterPass?: (signal: AbortSignal) => Promise<unknown>;
}

export interface SchedulerRunner {
  /** Runs passes every `tickMs` while this instance holds the lease. */
  start(): void;
  /** Stops after the current delivery, and lets the lease go. */
  stop(): Promise<void>;
  /** One pass now, lease or not (tests, tools). Safe alongside other runners: delivery records decide. */
  runOnce(signal?: AbortSignal): Promise<PassReport>;
  readonly holdsLease: boolean;
  /** The report of the last pass `start` ran. */
  readonly lastReport?: PassReport;
}

/**
 * The leased runner. Only the lease holder runs passes, but correctness
 * does not depend on the lease: every delivery is claimed by a conditional
 * write, so two runners at once never send one delivery twice. The holder
 * renews while a pass runs; a renewal that fails (another instance took
 * over) aborts the pass: no new deliveries are claimed, and the runner
 * waits to take the lease again when it is free.
 */
export function createSchedulerRunner(options: SchedulerRunnerOptions): SchedulerRunner {
  const logger = options.logger.child('scheduler');
  const leaseMs = options.leaseMs ?? Math.max(60_000, 3 * options.tickMs);
  const renewMs = options.renewMs ?? Math.floor(leaseMs / 3);
  const lease = new LeaseHold(options.repos.leases, options.leaseName ?? 'scheduler', options.instanceId, leaseMs, options.clock);
  const deps: DeliveryDeps & { schedule?: Partial<ScheduleOptions> } = {
    repos: options.repos,
    sender: options.sender,
    clock: options.clock,
    logger: options.logger,
    instanceId: options.instanceId,
    claimLeaseMs: options.claimLeaseMs,
    concurrency: options.concurrency,
    installer: options.installer,
    schedule: options.schedule,
  };

  let running = false;
  let loop: Promise<void> | undefined;
  let wake: (() => void) | undefined;
  let work: AbortController | undefined;
  let renewal: NodeJS.Timeout | undefined;
  let lastReport: PassReport | undefined;

  const stopRenewing = () => {
    if (renewal) clearInterval(renewal);
    renewal = undefined;
  };

  const renew = async () => {
    const result = await lease.renew().catch(() => 'unsure' as const);
    if (result === 'lost') {
      logger.warn({ instanceId: options.instanceId }, 'lost the scheduler lease; stopping work');
      stopRenewing();
      work?.abort();
    }
  };

  const tick = async () => {
    if (!(await lease.acquire())) return;
    if (!renewal) renewal = setInterval(() => void renew(), renewMs);
    work = new AbortController();
    try {
      lastReport = await runSchedulerPass(deps, work.signal);
      if (lastReport.due > 0 || lastReport.markedUnknown > 0) logger.info({ report: lastReport }, 'scheduler pass');
      // Same lease: only the holder purges, and an abort (lease lost) stops it between rows.
      await options.afterPass?.(work.signal);
    } finally {
      work = undefined;
    }
  };

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  return {
    start() {
      if (running) return;
      running = true;
      loop = (async () => {
        while (running) {
          try {
            await tick();
          } catch (err) {
            logger.error({ err: err instanceof Error ? err.message : String(err) }, 'scheduler tick failed');
          }
          if (running) await sleep(options.tickMs);
        }
      })();
    },
    async stop() {
      running = false;
      work?.abort();
      wake?.();
      await loop;
      stopRenewing();
      await lease.release();
    },
    runOnce: (signal) => runSchedulerPass(deps, signal),
    get holdsLease() {
      return lease.held && renewal !== undefined;
    },
    get lastReport() {
      return lastReport;
    },
  };
}
