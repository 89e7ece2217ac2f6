import type { PersonRef } from '../domain/identity';
import { checkLiveAnswer, type LiveAnswer, type LiveAnswerError, type LiveRun } from '../domain/live';
import { AppError, isAppError } from '../errors';
import { directEnrolmentCheck } from '../prompts/enrolment-check';
import { retryOnConflict } from '../storage/repositories/retry';
import type { LiveDeps } from './live-deps';
import type { ResultsUpdater } from './results-updater';

export type RunRef = Pick<LiveRun, 'programmeId' | 'sessionNumber' | 'runId'>;

export type LiveAnswerOutcome =
  | { status: 'saved'; run: LiveRun; answer: LiveAnswer }
  | { status: 'invalid'; run: LiveRun; error: Exclude<LiveAnswerError, 'tryAgain'>; max?: number; existing?: LiveAnswer }
  | { status: 'closed'; run: LiveRun; existing?: LiveAnswer }
  | { status: 'notPart'; run: LiveRun };

/** The run, or NOT_FOUND. */
export async function getRunOrNotFound(deps: Pick<LiveDeps, 'repos'>, ref: RunRef): Promise<LiveRun> {
  const run = await deps.repos.live.getRun(ref.programmeId, ref.sessionNumber, ref.runId);
  if (!run) throw new AppError('NOT_FOUND', `no live run ${ref.runId}`);
  return run;
}

/** Whether the person is enrolled in the programme, in any role (read from storage each time). */
export function isEnrolled(deps: Pick<LiveDeps, 'repos'>, person: PersonRef, programmeId: string): Promise<boolean> {
  return directEnrolmentCheck(deps.repos.enrolments).isEnrolled(person, programmeId);
}

/**
 * One person's answer to a live prompt (the run as the caller just read it), from the card or the tab: only
 * while the run is open, only from people enrolled in the programme,
 * checked against the question. A second answer replaces the first (a
 * conditional write on the version read; parallel duplicates leave one
 * row). Every stored answer makes the results card follow.
 */
export async function answerLiveRun(
  deps: LiveDeps,
  updater: ResultsUpdater,
  person: PersonRef,
  run: LiveRun,
  raw: unknown,
): Promise<LiveAnswerOutcome> {
  const [enrolled, existing] = await Promise.all([
    isEnrolled(deps, person, run.programmeId),
    deps.repos.live.getAnswer(run.programmeId, run.sessionNumber, run.runId, person),
  ]);
  if (!enrolled) return { status: 'notPart', run };
  if (run.state === 'closed') return { status: 'closed', run, existing };
  const checked = checkLiveAnswer(run.prompt, raw);
  if ('error' in checked) return { status: 'invalid', run, error: checked.error, max: run.prompt.maxLength, existing };

  let first = existing;
  const answer = await retryOnConflict(async () => {
    const current = first ?? (await deps.repos.live.getAnswer(run.programmeId, run.sessionNumber, run.runId, person));
    first = undefined;
    const next: LiveAnswer = {
      programmeId: run.programmeId,
      sessionNumber: run.sessionNumber,
      runId: run.runId,
      person,
      value: checked.value,
      answeredAt: deps.clock().toISOString(),
      version: current?.version,
    };
    try {
      return await deps.repos.live.saveAnswer(next);
    } catch (err) {
      if (isAppError(err, 'STORAGE_ALREADY_EXISTS')) throw new AppError('STORAGE_CONFLICT', 'answered meanwhile', { cause: err });
      throw err;
    }
  });
  updater.touch(run);
  return { status: 'saved', run, answer };
}
