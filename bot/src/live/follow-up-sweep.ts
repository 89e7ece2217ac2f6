import { localToInstant } from '../domain/time';
import type { Logger } from '../logger';
import type { Repositories } from '../storage/repositories';
import { changeAgenda } from './agenda-state';

/** Sessions whose meeting ended up to this long ago are still looked at. */
const SWEEP_WINDOW_MS = 7 * 24 * 3600_000;

export interface FollowUpRunner {
  /** Sends the follow-up of a session whose meeting ended (through delivery records: never twice). */
  send(programmeId: string, sessionNumber: number): Promise<void>;
}

/**
 * The follow-up after a meeting, done at least once: the meeting-end turn
 * runs it and marks it done; if that instance went away in between, the
 * scheduler's pass (under its lease) finds the ended meeting without the
 * mark and runs it again. Delivery records keep each message to once.
 */
export async function runFollowUp(
  deps: { repos: Repositories; clock: () => Date },
  runner: FollowUpRunner,
  programmeId: string,
  sessionNumber: number,
): Promise<void> {
  await runner.send(programmeId, sessionNumber);
  await changeAgenda(deps, { programmeId, sessionNumber }, (state) =>
    state.followUpDoneAt ? undefined : { ...state, followUpDoneAt: deps.clock().toISOString() },
  );
}

/** One sweep over the sessions that ended lately: any ended meeting without a done follow-up gets it now. Returns how many. */
export async function sweepMeetingFollowUps(
  deps: { repos: Repositories; clock: () => Date; logger: Logger },
  runner: FollowUpRunner,
  signal?: AbortSignal,
): Promise<number> {
  const now = deps.clock().getTime();
  let ran = 0;
  for (const { id } of await deps.repos.programmes.list()) {
    if (signal?.aborted) break;
    const loaded = await deps.repos.programmes.load(id);
    if (!loaded) continue;
    const zone = loaded.programme.timeZone;
    const recent = loaded.sessions.filter((s) => {
      const start = localToInstant(s.start, zone).toMillis();
      return start <= now && now - localToInstant(s.end, zone).toMillis() <= SWEEP_WINDOW_MS;
    });
    for (const session of recent) {
      const agenda = await deps.repos.live.getAgenda(id, session.number);
      if (!agenda?.meetingEndedAt || agenda.followUpDoneAt) continue;
      try {
        await runFollowUp(deps, runner, id, session.number);
        ran++;
      } catch (err) {
        deps.logger.warn(
          { programmeId: id, sessionNumber: session.number, err: err instanceof Error ? err.message : String(err) },
          'meeting follow-up sweep failed',
        );
      }
    }
  }
  return ran;
}
