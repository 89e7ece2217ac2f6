import { revealsAuthor, readsOthersAnswers, sharedWithCohort } from '../auth/access';
import { personKey, samePerson } from '../domain/identity';
import { AppError } from '../errors';
import { anonymousOrder } from '../reports/anonymous-order';
import { enrolmentsByPerson, loadProgrammeData } from '../reports/programme-data';
import { promptStatus } from '../reports/prompt-status';
import type { ApiDeps } from './api-deps';
import { questionView } from './api-views';
import { recordAudit } from './audit-log';
import { authenticatedRoute } from './authenticated-route';
import type { SharedAnswer, SharedPrompt, SharedResponse } from './contract';
import { requireAccess } from './programme-access';
import { pathParam } from './request-helpers';
import { json, type ApiRoute } from './routes';

/**
 * GET /api/programmes/:programmeId/shared: what the cohort shared, for
 * anyone in the programme. Private prompts never appear; anonymous answers
 * carry no author and come in content order.
 */
export function sharedRoute(deps: ApiDeps): ApiRoute {
  return authenticatedRoute(deps.auth.validator, 'GET', '/api/programmes/:programmeId/shared', async (req) => {
    const programmeId = pathParam(req, 'programmeId');
    const { role } = await requireAccess(deps.repos.enrolments, req.person, programmeId, 'readShared');
    const now = deps.clock();
    const data = await loadProgrammeData(deps.repos, programmeId, (prompt) => sharedWithCohort(prompt));
    if (!data) throw new AppError('NOT_FOUND', `programme ${programmeId}`);
    const zone = data.programme.timeZone;
    const people = enrolmentsByPerson(data.enrolments);
    const prompts: SharedPrompt[] = [];
    for (const prompt of data.prompts) {
      if (promptStatus(prompt, zone, now) === 'upcoming') continue;
      const named = revealsAuthor(prompt);
      const stored = data.answersByPrompt.get(prompt.id) ?? [];
      const ordered = named ? stored : anonymousOrder(stored);
      const answers: SharedAnswer[] = ordered.map((answer) => {
        const who = named ? people.get(personKey(answer.person)) : undefined;
        return {
          ...(who ? { author: { displayName: who.displayName, department: who.department } } : {}),
          mine: samePerson(answer.person, req.person),
          answers: answer.answers,
        };
      });
      prompts.push({
        promptId: prompt.id,
        afterSession: prompt.afterSession,
        title: prompt.title,
        visibility: prompt.visibility as SharedPrompt['visibility'],
        questions: prompt.questions.map(questionView),
        answers,
      });
    }
    if (readsOthersAnswers(role, 'readShared')) {
      await recordAudit(deps.repos.audit, { person: req.person, action: 'shared.read', programmeId, now });
    }
    const body: SharedResponse = { programmeId, prompts };
    return json(200, body);
  });
}
