import { isAppError } from '../errors';
import type { LiveRun } from '../domain/live';
import { PendingWork } from '../prompts/deadline';
import { DEFAULT_RESULTS_INTERVAL_MS, programmesOf, type LiveDeps } from './live-deps';
import { renderResultsCard } from './results-card';

type RunKey = Pick<LiveRun, 'programmeId' | 'sessionNumber' | 'runId'>;

const keyOf = (run: RunKey) => `${run.programmeId}|${run.sessionNumber}|${run.runId}`;

/**
 * Keeps a run's results card in the meeting chat up to date at a bounded
 * rate, however fast answers arrive and on however many instances.
 *
 * Each instance that stored an answer makes sure one update follows it
 * (a timer per run). Before updating, the instance claims the slot by a
 * conditional write of `resultsUpdatedAt` on the run: a write within
 * `interval` of the last one is not attempted, and of two instances racing
 * for the same slot only one wins; the other waits for the next slot. So
 * the card changes at most once per interval, and the last answer is
 * always shown within about one interval.
 */
export class ResultsUpdater {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly work = new PendingWork();
  private readonly interval: number;
  private stopped = false;

  constructor(private readonly deps: LiveDeps) {
    this.interval = deps.resultsIntervalMs ?? DEFAULT_RESULTS_INTERVAL_MS;
  }

  /** Something changed in `run` (an answer, a close): an update will follow, no sooner than the interval allows. */
  touch(run: RunKey & Pick<LiveRun, 'resultsUpdatedAt'>): void {
    if (this.stopped) return;
    const key = keyOf(run);
    if (this.timers.has(key)) return;
    this.schedule(key, run, this.waitFor(run.resultsUpdatedAt));
  }

  /** Resolves when no update is scheduled or running (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.timers.size > 0 || this.work.size > 0) {
      await this.work.idle();
      if (this.timers.size > 0) await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private waitFor(lastUpdatedAt: string | undefined): number {
    if (!lastUpdatedAt) return 0;
    return Math.max(0, Date.parse(lastUpdatedAt) + this.interval - this.deps.clock().getTime());
  }

  private schedule(key: string, run: RunKey, delayMs: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(key);
      this.work.add(this.update(key, run));
    }, delayMs);
    timer.unref?.();
    this.timers.set(key, timer);
  }

  private async update(key: string, ref: RunKey): Promise<void> {
    const { repos, logger } = this.deps;
    try {
      const run = await repos.live.getRun(ref.programmeId, ref.sessionNumber, ref.runId);
      if (!run?.resultsActivityId) return;
      const wait = this.waitFor(run.resultsUpdatedAt);
      if (wait > 0) {
        if (!this.timers.has(key)) this.schedule(key, run, wait);
        return;
      }
      const answers = await repos.live.listAnswers(run.programmeId, run.sessionNumber, run.runId);
      // A closed run whose card already shows every answer needs no more updates.
      if (run.state === 'closed' && run.resultsCount === answers.length && run.resultsClosedShown) return;
      const now = this.deps.clock();
      let claimed: LiveRun;
      try {
        claimed = await repos.live.saveRun({
          ...run,
          resultsUpdatedAt: now.toISOString(),
          resultsCount: answers.length,
          resultsClosedShown: run.state === 'closed',
        });
      } catch (err) {
        if (!isAppError(err, 'STORAGE_CONFLICT')) throw err;
        // Another instance (or a close) changed the run meanwhile: try again at the next slot.
        if (!this.timers.has(key)) this.schedule(key, run, this.interval);
        return;
      }
      const [chat, loaded] = await Promise.all([repos.meetings.get(claimed.chatId), programmesOf(this.deps).load(claimed.programmeId)]);
      const session = loaded?.sessions.find((s) => s.number === claimed.sessionNumber);
      if (!chat || !loaded || !session) return;
      const card = renderResultsCard(claimed, session, answers, loaded.programme.timeZone, now);
      await this.deps.connector.update(chat, claimed.resultsActivityId!, card);
    } catch (err) {
      logger.warn({ err: err instanceof Error ? err.message : String(err), run: ref.runId }, 'results card update failed; trying again');
      if (!this.stopped && !this.timers.has(key)) this.schedule(key, ref, this.interval);
    }
  }
}
