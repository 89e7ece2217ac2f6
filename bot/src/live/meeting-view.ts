import type { LiveMeetingView, LivePromptSummary, LiveRunView } from '../api/live-contract';
import { may, roleIn } from '../auth/access';
import { personKey, samePerson, type PersonRef } from '../domain/identity';
import { agendaPosition, tallyLive, type LiveAnswer, type LivePrompt, type LiveRun } from '../domain/live';
import { AppError } from '../errors';
import { loadBoundSession } from './bound-session';
import { canFacilitate } from './facilitator-check';
import type { LiveDeps } from './live-deps';
import { liveResultsView } from './live-view';

/**
 * What the side panel and the stage show for a meeting: the session's
 * agenda and where it is, the open run and the run on the stage with their
 * results, and whether the caller may run the session. People not enrolled
 * in the bound programme get FORBIDDEN; before binding, facilitators get
 * the programmes they may bind to.
 */
export async function meetingView(deps: LiveDeps, person: PersonRef, chatId: string): Promise<LiveMeetingView> {
  const chat = await deps.repos.meetings.get(chatId);
  if (!chat?.programmeId || chat.sessionNumber === undefined) return unboundView(deps, person, chat !== undefined);
  const bound = await loadBoundSession(deps, chatId);
  const mine = await deps.repos.enrolments.listByPerson(person);
  const role = roleIn(mine, bound.chat.programmeId);
  if (!role) throw new AppError('FORBIDDEN', 'not enrolled in the bound programme');
  const runner = may(role, 'runSession');
  const [agenda, facilitates] = await Promise.all([
    deps.repos.live.getAgenda(bound.chat.programmeId, bound.chat.sessionNumber),
    runner ? mayFacilitate(deps, person, bound.chat) : Promise.resolve(false),
  ]);
  const now = deps.clock();
  const runIds = [...new Set([agenda?.openRunId, agenda?.stageRunId].filter((id): id is string => !!id))];
  const runs = new Map(
    await Promise.all(
      runIds.map(async (id) => {
        const run = await deps.repos.live.getRun(bound.chat.programmeId, bound.chat.sessionNumber, id);
        return [id, run && (await runView(deps, person, run))] as const;
      }),
    ),
  );
  const { session, programme } = bound;
  return {
    bound: true,
    programme: { id: programme.id, name: programme.name, timeZone: programme.timeZone, defaultLocale: programme.defaultLocale },
    session: { number: session.number, title: session.title, start: session.start, end: session.end, agenda: session.agenda },
    position: agendaPosition(
      agenda,
      session.agenda.map((item) => item.durationMinutes),
      now,
    ),
    canFacilitate: facilitates,
    livePrompts: facilitates ? (session.livePrompts ?? []).map(promptSummary) : [],
    ...(agenda?.openRunId && runs.get(agenda.openRunId) ? { openRun: runs.get(agenda.openRunId) } : {}),
    ...(agenda?.stageRunId && runs.get(agenda.stageRunId) ? { stageRun: runs.get(agenda.stageRunId) } : {}),
    updatedAt: agenda?.updatedAt ?? bound.chat.boundAt ?? bound.chat.updatedAt,
    now: now.toISOString(),
  };
}

/** `canFacilitate`, through the view's short-lived cache when there is one. */
function mayFacilitate(deps: LiveDeps, person: PersonRef, chat: Parameters<typeof canFacilitate>[2]): Promise<boolean> {
  const check = () => canFacilitate(deps, person, chat);
  if (!deps.viewRoles) return check();
  return deps.viewRoles.get(`${chat.chatId}|${personKey(person)}`, deps.clock().getTime(), check);
}

async function unboundView(deps: LiveDeps, person: PersonRef, chatKnown: boolean): Promise<LiveMeetingView> {
  const mine = (await deps.repos.enrolments.listByPerson(person)).filter((e) => may(e.role, 'runSession'));
  const programmes = await Promise.all(
    mine.map(async (e) => {
      const loaded = await deps.repos.programmes.load(e.programmeId);
      if (!loaded) return undefined;
      return {
        id: loaded.programme.id,
        name: loaded.programme.name,
        sessions: loaded.sessions.map((s) => ({ number: s.number, title: s.title, start: s.start })),
      };
    }),
  );
  return { bound: false, chatKnown, programmes: programmes.filter((p) => p !== undefined) };
}

/** A run with its results (its answers read now) and the caller's own answer. */
export async function runView(deps: Pick<LiveDeps, 'repos'>, person: PersonRef, run: LiveRun): Promise<LiveRunView> {
  return runViewOf(run, await deps.repos.live.listAnswers(run.programmeId, run.sessionNumber, run.runId), person);
}

export function runViewOf(run: LiveRun, answers: readonly LiveAnswer[], person?: PersonRef): LiveRunView {
  const mine = person && answers.find((a) => samePerson(a.person, person));
  return {
    runId: run.runId,
    state: run.state,
    prompt: promptSummary(run.prompt),
    locale: run.locale,
    openedAt: run.openedAt,
    ...(run.closedAt ? { closedAt: run.closedAt } : {}),
    results: liveResultsView(tallyLive(run.prompt, answers), run.locale),
    ...(mine ? { myAnswer: mine.value } : {}),
  };
}

export function promptSummary(prompt: LivePrompt): LivePromptSummary {
  return { id: prompt.id, type: prompt.type, question: prompt.question, ...(prompt.choices ? { choices: prompt.choices } : {}) };
}
