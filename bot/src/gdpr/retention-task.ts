import type { Logger } from '../logger';
import { runRetentionPurge, type RetentionDeps, type RetentionReport } from './retention-run';

export interface RetentionTaskOptions extends RetentionDeps {
  clock: () => Date;
  logger: Logger;
  /** Between purges; default a day. */
  everyMs?: number;
  /** After a failed purge, wait this long before the next try; default an hour. */
  retryMs?: number;
}

export interface RetentionTask {
  /**
   * Runs the purge if the last one is `everyMs` old (or none ran in this
   * process). Meant to be called by the scheduler's lease holder after each
   * pass, with the pass's abort signal: only the holder purges, and it stops
   * between rows if the lease is lost. Never throws; failures are logged.
   */
  runIfDue(signal?: AbortSignal): Promise<RetentionReport | undefined>;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

export function createRetentionTask(options: RetentionTaskOptions): RetentionTask {
  const logger = options.logger.child('retention');
  const everyMs = options.everyMs ?? DAY_MS;
  const retryMs = options.retryMs ?? HOUR_MS;
  let nextAt = 0;
  let running: Promise<RetentionReport | undefined> | undefined;

  const run = async (signal?: AbortSignal): Promise<RetentionReport | undefined> => {
    const now = options.clock();
    try {
      const report = await runRetentionPurge(options, { now, signal });
      nextAt = report.aborted ? now.getTime() + retryMs : now.getTime() + everyMs;
      const expired = report.plan.programmes.filter((p) => p.status === 'expired').map((p) => p.programmeId);
      if (report.deleted + report.pseudonymised > 0 || report.aborted) {
        logger.info(
          {
            expired,
            deleted: report.deleted,
            pseudonymised: report.pseudonymised,
            people: report.plan.people.length,
            aborted: report.aborted,
          },
          'retention purge',
        );
      }
      return report;
    } catch (err) {
      nextAt = now.getTime() + retryMs;
      logger.error({ err: err instanceof Error ? err.message : String(err) }, 'retention purge failed; trying again later');
      return undefined;
    }
  };

  return {
    async runIfDue(signal) {
      if (running || signal?.aborted || options.clock().getTime() < nextAt) return undefined;
      running = run(signal);
      try {
        return await running;
      } finally {
        running = undefined;
      }
    },
  };
}
