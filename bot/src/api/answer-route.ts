import { samePerson, type PersonRef } from '../domain/identity';
import { AppError } from '../errors';
import { t } from '../i18n';
import { submitAnswer } from '../prompts/answer-service';
import { cachedProgrammeCatalog } from '../prompts/programme-catalog';
import type { ApiDeps } from './api-deps';
import { myAnswerView } from './api-views';
import { parseAnswerBody, toCardInputs } from './answer-body';
import { authenticatedRoute, type AuthenticatedRequest } from './authenticated-route';
import type { AnswerResponse, ApiErrorBody } from './contract';
import { requireAccess } from './programme-access';
import { pathParam } from './request-helpers';
import { json, type ApiResult, type ApiRoute } from './routes';

/**
 * PUT /api/programmes/:programmeId/prompts/:promptId/answer: answer or edit
 * from the tab, through the same answer service (same rules, same ETag
 * handling) as the card.
 */
export function answerRoute(deps: ApiDeps): ApiRoute {
  const catalog = deps.catalog ?? cachedProgrammeCatalog(deps.repos.programmes);

  return authenticatedRoute(deps.auth.validator, 'PUT', '/api/programmes/:programmeId/prompts/:promptId/answer', async (req) => {
    const programmeId = pathParam(req, 'programmeId');
    const promptId = pathParam(req, 'promptId');
    await requireAccess(deps.repos.enrolments, req.person, programmeId, 'answer');
    // Enrolment was just read and checked for this person and programme; the service need not read it again.
    const enrolment = { isEnrolled: async (person: PersonRef, id: string) => id === programmeId && samePerson(person, req.person) };
    const service = { catalog, enrolment, answers: deps.repos.answers };
    const body = parseAnswerBody(req.body);
    const result = await submitAnswer(service, {
      person: req.person,
      programmeId,
      promptId,
      inputs: toCardInputs(body.inputs),
      now: deps.clock(),
      baseVersion: body.version,
    });
    switch (result.kind) {
      case 'saved':
        return json(200, { promptId, answer: myAnswerView(result.answer) } satisfies AnswerResponse);
      case 'invalid':
        return failure(req, 400, 'VALIDATION_FAILED', 'api.error.answerInvalid', {
          fields: result.errors.map((e) => ({ field: e.questionId ?? e.field, message: t(req.locale, e.messageKey, e.params) })),
        });
      case 'closed':
        return failure(req, 409, 'PROMPT_CLOSED', result.window === 'notYetOpen' ? 'api.error.promptNotOpen' : 'api.error.promptClosed');
      case 'conflict':
        return json(409, conflictBody(req, myAnswerView(result.current)));
      case 'notFound':
        throw new AppError('NOT_FOUND', `prompt ${programmeId}/${promptId}`);
      case 'notEnrolled':
        throw new AppError('FORBIDDEN', 'not enrolled');
    }
  });
}

function failure(
  req: AuthenticatedRequest,
  status: number,
  code: string,
  messageKey: string,
  extra: { fields?: ApiErrorBody['error']['fields'] } = {},
): ApiResult {
  const body: ApiErrorBody = { error: { code, message: t(req.locale, messageKey), ...extra } };
  return json(status, body);
}

function conflictBody(req: AuthenticatedRequest, current: AnswerResponse['answer']): ApiErrorBody {
  return { error: { code: 'STORAGE_CONFLICT', message: t(req.locale, 'api.error.answerConflict') }, current };
}
