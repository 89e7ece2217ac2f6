import { AppError } from '../errors';
import { MIN_GROUP_SIZE } from '../reports/min-group';
import { enrolmentsByPerson, loadProgrammeData } from '../reports/programme-data';
import type { ApiDeps } from './api-deps';
import { recordAudit } from './audit-log';
import { authenticatedRoute } from './authenticated-route';
import type { ResponsesResponse } from './contract';
import { requireAccess } from './programme-access';
import { promptResponses } from './prompt-responses';
import { describeFilter, parseResponsesFilter, selectsPrompt } from './responses-filter';
import { pathParam } from './request-helpers';
import { json, type ApiRoute } from './routes';

/**
 * GET /api/programmes/:programmeId/responses?session=&prompt=&department=&answered=
 * Facilitators and coordinators of the programme. Every read is audited.
 */
export function responsesRoute(deps: ApiDeps): ApiRoute {
  return authenticatedRoute(deps.auth.validator, 'GET', '/api/programmes/:programmeId/responses', async (req) => {
    const programmeId = pathParam(req, 'programmeId');
    await requireAccess(deps.repos.enrolments, req.person, programmeId, 'readResponses');
    const filter = parseResponsesFilter(req);
    const now = deps.clock();
    const data = await loadProgrammeData(deps.repos, programmeId, (prompt) => selectsPrompt(filter, prompt));
    if (!data) throw new AppError('NOT_FOUND', `programme ${programmeId}`);
    const people = enrolmentsByPerson(data.enrolments);
    const participants = data.enrolments.filter((e) => e.role === 'participant');
    const prompts = data.prompts.map((prompt) =>
      promptResponses({
        prompt,
        answers: data.answersByPrompt.get(prompt.id) ?? [],
        people,
        participants,
        filter,
        zone: data.programme.timeZone,
        now,
        minGroupSize: deps.minGroupSize ?? MIN_GROUP_SIZE,
      }),
    );
    await recordAudit(deps.repos.audit, { person: req.person, action: 'responses.read', programmeId, target: describeFilter(filter), now });
    const body: ResponsesResponse = { programmeId, timeZone: data.programme.timeZone, departments: data.programme.departments, prompts };
    return json(200, body);
  });
}
