import type { AnswerSet } from '../domain/model';
import type { DeliveryDeps } from '../delivery/delivery-deps';
import { addReports, emptyFanOutReport, fanOut, type FanOutReport } from '../delivery/fan-out';
import { markStuckUnknown } from '../delivery/mark-stuck';
import type { ProgrammeSnapshot } from '../delivery/programme-snapshot';
import { activeSubjects } from './active-subjects';
import { computeDueWork } from './due-work';
import { DEFAULT_SCHEDULE_OPTIONS, type ScheduleOptions } from './schedule-options';

export type PassReport = FanOutReport & { programmes: number; markedUnknown: number };

export interface PassDeps extends DeliveryDeps {
  schedule?: Partial<ScheduleOptions>;
}

/**
 * One pass over every programme: what is due now (only the prompts and
 * sessions whose window contains now are read: one partition scan of
 * deliveries each, and the answers of prompts with a reminder due), claims
 * past their lease marked unknown, then the fan-out. A programme that fails
 * is logged and the next one still runs.
 */
export async function runSchedulerPass(deps: PassDeps, signal?: AbortSignal): Promise<PassReport> {
  const options = { ...DEFAULT_SCHEDULE_OPTIONS, ...deps.schedule };
  const report: PassReport = { ...emptyFanOutReport(), programmes: 0, markedUnknown: 0 };
  const logger = deps.logger.child('scheduler');
  for (const { id } of await deps.repos.programmes.list()) {
    if (signal?.aborted) {
      report.aborted = true;
      break;
    }
    try {
      const done = await passProgramme(id, deps, options, signal);
      if (!done) continue;
      report.programmes++;
      report.markedUnknown += done.markedUnknown;
      addReports(report, done.report);
    } catch (err) {
      report.errors++;
      logger.error({ programmeId: id, err: err instanceof Error ? err.message : String(err) }, 'scheduler pass failed for a programme');
    }
  }
  return report;
}

async function listAnswers(repos: PassDeps['repos'], programmeId: string, promptIds: readonly string[]): Promise<AnswerSet[]> {
  return (await Promise.all(promptIds.map((promptId) => repos.answers.listByPrompt(programmeId, promptId)))).flat();
}

async function passProgramme(
  programmeId: string,
  deps: PassDeps,
  options: ScheduleOptions,
  signal?: AbortSignal,
): Promise<{ report: FanOutReport; markedUnknown: number } | undefined> {
  const { repos } = deps;
  const loaded = await repos.programmes.load(programmeId);
  if (!loaded) return undefined;
  const now = deps.clock();
  const active = activeSubjects({ ...loaded, now }, options);
  if (active.length === 0) return undefined;

  const reminderPrompts = active.flatMap((a) => (a.reminderDue && a.subject.type === 'prompt' ? [a.subject.promptId] : []));
  const [enrolments, deliveries, reminderAnswers] = await Promise.all([
    repos.enrolments.listByProgramme(programmeId),
    Promise.all(active.map((a) => repos.deliveries.listBySubject(programmeId, a.subject))).then((lists) => lists.flat()),
    listAnswers(repos, programmeId, reminderPrompts),
  ]);
  // Prompts still to send to someone: their answers too (one scan each, only while sends are due), so nobody
  // who already answered gets the prompt.
  const firstLook = computeDueWork({ ...loaded, enrolments, deliveries, now, options });
  const sending = [...new Set(firstLook.flatMap((i) => (i.kind === 'prompt' && i.subject.type === 'prompt' ? [i.subject.promptId] : [])))];
  const answers = [
    ...reminderAnswers,
    ...(await listAnswers(
      repos,
      programmeId,
      sending.filter((id) => !reminderPrompts.includes(id)),
    )),
  ];
  const marked = await markStuckUnknown(repos, deliveries, now);
  if (marked.length > 0)
    deps.logger.child('scheduler').warn({ programmeId, count: marked.length }, 'claims lapsed without an outcome; marked unknown');

  const items = computeDueWork({ ...loaded, enrolments, deliveries, answers, now, options });
  const snapshot: ProgrammeSnapshot = { ...loaded, enrolments };
  return { report: await fanOut(items, { deps, snapshot, signal }), markedUnknown: marked.length };
}
