import type { PersonRef } from '../domain/identity';
import { AppError } from '../errors';
import { answerLiveRun, getRunOrNotFound, isEnrolled } from '../live/live-answers';
import { moveAgendaTo } from '../live/agenda-state';
import { loadBoundSession } from '../live/bound-session';
import { bindMeeting } from '../live/meeting-binding';
import { meetingView, runView, runViewOf } from '../live/meeting-view';
import { closeLiveRun, shareRunToStage, startLiveRun, type StartRunRequest } from '../live/live-runs';
import type { LiveService } from '../live/live-service';
import { sessionReport } from '../live/session-report';
import { t } from '../i18n';
import type { ApiDeps } from './api-deps';
import { authenticatedRoute, type AuthenticatedRequest } from './authenticated-route';
import type { LiveAgendaRequest, LiveAnswerRequest, LiveBindRequest, LiveStageRequest } from './live-contract';
import { pathParam } from './request-helpers';
import { json, type ApiRoute, type ApiResult } from './routes';

const BASE = '/api/live/meetings/:chatId';

/** The live-session routes (see live-contract.ts). Only when the composition root gives a live service. */
export function liveRoutes(deps: ApiDeps): ApiRoute[] {
  const live = deps.live;
  if (!live) return [];
  const route = (
    method: 'GET' | 'PUT' | 'POST',
    path: string,
    handler: (req: AuthenticatedRequest, chatId: string) => Promise<ApiResult>,
  ) => authenticatedRoute(deps.auth.validator, method, path, (req) => handler(req, chatIdOf(req)));
  const view = async (person: PersonRef, chatId: string) => json(200, await meetingView(live.deps, person, chatId));

  return [
    route('GET', BASE, (req, chatId) => view(req.person, chatId)),
    route('PUT', `${BASE}/binding`, async (req, chatId) => {
      const body = objectBody<LiveBindRequest>(req);
      if (typeof body.programmeId !== 'string' || !Number.isInteger(body.sessionNumber)) {
        throw new AppError('VALIDATION_FAILED', 'programmeId and sessionNumber are required');
      }
      if (body.meetingId !== undefined && (typeof body.meetingId !== 'string' || body.meetingId.length > 500)) {
        throw new AppError('VALIDATION_FAILED', 'meetingId must be a string');
      }
      await bindMeeting(live.deps, req.person, {
        chatId,
        programmeId: body.programmeId,
        sessionNumber: body.sessionNumber as number,
        meetingId: body.meetingId,
      });
      return view(req.person, chatId);
    }),
    route('PUT', `${BASE}/agenda`, async (req, chatId) => {
      const body = objectBody<LiveAgendaRequest>(req);
      if (!Number.isInteger(body.item)) throw new AppError('VALIDATION_FAILED', 'item must be an integer');
      await moveAgendaTo(live.deps, req.person, chatId, body.item as number);
      return view(req.person, chatId);
    }),
    route('POST', `${BASE}/runs`, async (req, chatId) => {
      const body = objectBody<Record<string, unknown>>(req);
      const request: StartRunRequest | undefined =
        typeof body.livePromptId === 'string'
          ? { livePromptId: body.livePromptId }
          : body.adHoc !== undefined
            ? { adHoc: body.adHoc }
            : undefined;
      if (!request) throw new AppError('VALIDATION_FAILED', 'livePromptId or adHoc is required');
      const run = await startLiveRun(live.deps, live.updater, req.person, chatId, request);
      return json(201, runViewOf(run, [], req.person));
    }),
    route('POST', `${BASE}/runs/:runId/close`, async (req, chatId) => {
      const run = await closeLiveRun(live.deps, live.updater, req.person, chatId, pathParam(req, 'runId'));
      return json(200, await runView(live.deps, req.person, run));
    }),
    route('PUT', `${BASE}/stage`, async (req, chatId) => {
      const body = objectBody<LiveStageRequest>(req);
      if (typeof body.runId !== 'string') throw new AppError('VALIDATION_FAILED', 'runId is required');
      await shareRunToStage(live.deps, req.person, chatId, body.runId);
      return view(req.person, chatId);
    }),
    route('GET', `${BASE}/runs/:runId`, async (req, chatId) => {
      const run = await boundRun(live, req.person, chatId, pathParam(req, 'runId'));
      return json(200, await runView(live.deps, req.person, run));
    }),
    route('PUT', `${BASE}/runs/:runId/answer`, async (req, chatId) => {
      const run = await boundRun(live, req.person, chatId, pathParam(req, 'runId'));
      const body = objectBody<LiveAnswerRequest>(req);
      const outcome = await answerLiveRun(live.deps, live.updater, req.person, run, body.answer);
      if (outcome.status === 'notPart') throw new AppError('FORBIDDEN', 'not enrolled in the programme');
      if (outcome.status === 'closed') throw new AppError('LIVE_CLOSED', 'the run is closed');
      if (outcome.status === 'invalid') {
        const message = t(req.locale, `live.error.${outcome.error}`, { max: outcome.max ?? '' });
        return json(400, { error: { code: 'VALIDATION_FAILED', message, fields: [{ field: 'answer', message }] } });
      }
      return json(200, await runView(live.deps, req.person, run));
    }),
    authenticatedRoute(deps.auth.validator, 'GET', '/api/programmes/:programmeId/sessions/:number/report', async (req) => {
      const number = Number(pathParam(req, 'number'));
      if (!Number.isInteger(number) || number < 1 || number > 999) throw new AppError('NOT_FOUND', 'no such session');
      return json(200, await sessionReport(live.deps, req.person, pathParam(req, 'programmeId'), number));
    }),
  ];
}

/** A run of the session bound to this meeting chat, read by someone enrolled in its programme. */
async function boundRun(live: LiveService, person: PersonRef, chatId: string, runId: string) {
  const bound = await loadBoundSession(live.deps, chatId);
  if (!(await isEnrolled(live.deps, person, bound.chat.programmeId)))
    throw new AppError('FORBIDDEN', 'not enrolled in the bound programme');
  return getRunOrNotFound(live.deps, { programmeId: bound.chat.programmeId, sessionNumber: bound.chat.sessionNumber, runId });
}

function chatIdOf(req: AuthenticatedRequest): string {
  const chatId = pathParam(req, 'chatId');
  // Teams chat ids: `19:…@thread.v2` and the like; nothing that could not be a table key.
  if (!/^[0-9A-Za-z:_.@=+\-]{3,200}$/.test(chatId)) throw new AppError('NOT_FOUND', 'no such meeting chat');
  return chatId;
}

function objectBody<T>(req: AuthenticatedRequest): Partial<T> {
  const body = req.body;
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new AppError('VALIDATION_FAILED', 'a JSON object is expected');
  return body as Partial<T>;
}
