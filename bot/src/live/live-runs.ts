import { randomBytes } from 'node:crypto';
import { buildLiveQuestionCard } from '../cards/live-cards';
import type { PersonRef } from '../domain/identity';
import { AUTO_REFRESH_MAX_USERS, type AgendaState, type LivePrompt, type LiveRun } from '../domain/live';
import { localize } from '../domain/locale';
import { livePromptSchema } from '../domain/schemas';
import { AppError } from '../errors';
import { t } from '../i18n';
import { retryOnConflict } from '../storage/repositories/retry';
import { changeAgenda } from './agenda-state';
import { loadBoundSession, type BoundSession } from './bound-session';
import { requireFacilitator } from './facilitator-check';
import type { LiveDeps } from './live-deps';
import { liveQuestionView } from './live-view';
import { renderResultsCard } from './results-card';
import type { ResultsUpdater } from './results-updater';

/** A live prompt prepared in the programme file, or one typed by the facilitator now. */
export type StartRunRequest = { livePromptId: string } | { adHoc: unknown };

/**
 * Puts a live prompt to the meeting: the question card into the meeting
 * chat (with an in-meeting bubble where configured) and a results card
 * below it, updated as answers come in. One prompt is open at a time:
 * starting one closes the one before.
 */
export async function startLiveRun(
  deps: LiveDeps,
  updater: ResultsUpdater,
  person: PersonRef,
  chatId: string,
  request: StartRunRequest,
): Promise<LiveRun> {
  const bound = await loadBoundSession(deps, chatId);
  await requireFacilitator(deps, person, bound.chat);
  const prompt = pickPrompt(bound, request);
  const now = deps.clock();
  const agenda = await deps.repos.live.getAgenda(bound.chat.programmeId, bound.chat.sessionNumber);
  if (agenda?.openRunId) await closeRunById(deps, updater, bound, agenda.openRunId);

  let run = await deps.repos.live.saveRun({
    programmeId: bound.chat.programmeId,
    sessionNumber: bound.chat.sessionNumber,
    runId: newRunId(now),
    prompt,
    state: 'open',
    locale: bound.programme.defaultLocale,
    chatId,
    openedAt: now.toISOString(),
  });
  const view = liveQuestionView(prompt, bound.session, run.locale);
  const members = await deps.connector.memberIds(bound.chat, AUTO_REFRESH_MAX_USERS);
  // Up to 60 people each see their own card at once; in bigger meetings Teams offers a manual refresh.
  const refreshUserIds = members.length <= AUTO_REFRESH_MAX_USERS ? members : [];
  const actionData = { programmeId: run.programmeId, sessionNumber: run.sessionNumber, runId: run.runId, locale: run.locale };
  const question = localize(prompt.question, run.locale);
  const cardActivityId = await deps.connector.post(bound.chat, {
    card: buildLiveQuestionCard({ locale: run.locale, view, actionData, refresh: { userIds: refreshUserIds } }),
    summary: t(run.locale, 'live.preview.question', { question }),
    alertUrl: bubbleUrl(deps, chatId, run, question),
  });
  const resultsActivityId = await deps.connector.post(bound.chat, {
    card: renderResultsCard(run, bound.session, [], bound.programme.timeZone, now),
    summary: t(run.locale, 'live.preview.results', { question }),
  });
  run = await deps.repos.live.saveRun({
    ...run,
    cardActivityId,
    resultsActivityId,
    refreshUserIds,
    resultsUpdatedAt: now.toISOString(),
    resultsCount: 0,
  });
  await changeAgenda(deps, bound.chat, (state) => ({ ...state, openRunId: run.runId }));
  return run;
}

/** Closes a run: answers stop, the results card gets its final state (at the bounded rate). LIVE_CLOSED if it already was. */
export async function closeLiveRun(
  deps: LiveDeps,
  updater: ResultsUpdater,
  person: PersonRef,
  chatId: string,
  runId: string,
): Promise<LiveRun> {
  const bound = await loadBoundSession(deps, chatId);
  await requireFacilitator(deps, person, bound.chat);
  const closed = await closeRunById(deps, updater, bound, runId);
  if (!closed) throw new AppError('LIVE_CLOSED', `run ${runId} is closed`);
  return closed;
}

/** Marks the run on the meeting stage (the stage view shows its results). */
export async function shareRunToStage(deps: LiveDeps, person: PersonRef, chatId: string, runId: string): Promise<AgendaState> {
  const bound = await loadBoundSession(deps, chatId);
  await requireFacilitator(deps, person, bound.chat);
  const run = await deps.repos.live.getRun(bound.chat.programmeId, bound.chat.sessionNumber, runId);
  if (!run) throw new AppError('NOT_FOUND', `no run ${runId}`);
  return changeAgenda(deps, bound.chat, (state) => ({ ...state, stageRunId: runId }));
}

async function closeRunById(deps: LiveDeps, updater: ResultsUpdater, bound: BoundSession, runId: string): Promise<LiveRun | undefined> {
  const { programmeId, sessionNumber } = bound.chat;
  const closed = await retryOnConflict(async () => {
    const run = await deps.repos.live.getRun(programmeId, sessionNumber, runId);
    if (!run) throw new AppError('NOT_FOUND', `no run ${runId}`);
    if (run.state === 'closed') return undefined;
    return deps.repos.live.saveRun({ ...run, state: 'closed', closedAt: deps.clock().toISOString() });
  });
  await changeAgenda(deps, bound.chat, (state) => (state.openRunId === runId ? { ...state, openRunId: undefined } : undefined));
  if (closed) updater.touch(closed);
  return closed;
}

function pickPrompt(bound: BoundSession, request: StartRunRequest): LivePrompt {
  if ('livePromptId' in request) {
    const prompt = bound.session.livePrompts?.find((p) => p.id === request.livePromptId);
    if (!prompt) throw new AppError('NOT_FOUND', `session ${bound.session.number} has no live prompt ${request.livePromptId}`);
    return prompt;
  }
  const input = request.adHoc && typeof request.adHoc === 'object' ? { id: 'adhoc', ...(request.adHoc as object) } : request.adHoc;
  const parsed = livePromptSchema.safeParse(input);
  if (!parsed.success) throw new AppError('VALIDATION_FAILED', 'the question is not valid', { details: parsed.error.issues });
  return parsed.data;
}

function newRunId(now: Date): string {
  return `r${now.getTime().toString(36)}${randomBytes(3).toString('hex')}`;
}

/** The in-meeting bubble's deep link: the tab's answer page for this run. */
function bubbleUrl(deps: LiveDeps, chatId: string, run: LiveRun, title: string): string | undefined {
  const bubble = deps.bubble;
  if (!bubble) return undefined;
  const page = new URL(bubble.tabEndpoint);
  page.hash = `/live-answer?chat=${encodeURIComponent(chatId)}&run=${encodeURIComponent(run.runId)}`;
  const params = new URLSearchParams({ url: page.toString(), height: '360', width: '420', title, completionBotId: bubble.botId });
  return `https://teams.microsoft.com/l/bubble/${encodeURIComponent(bubble.teamsAppId)}?${params.toString()}`;
}
