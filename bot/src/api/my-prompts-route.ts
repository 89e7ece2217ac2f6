import { AppError } from '../errors';
import { localToInstant } from '../domain/time';
import type { ApiDeps } from './api-deps';
import { myAnswerView, promptView } from './api-views';
import { authenticatedRoute } from './authenticated-route';
import type { MyPrompt, MyPromptsResponse } from './contract';
import { requireAccess } from './programme-access';
import { pathParam } from './request-helpers';
import { json, type ApiRoute } from './routes';

/** GET /api/programmes/:programmeId/my-prompts: prompts already sent, soonest due first, with my own answers only. */
export function myPromptsRoute(deps: ApiDeps): ApiRoute {
  return authenticatedRoute(deps.auth.validator, 'GET', '/api/programmes/:programmeId/my-prompts', async (req) => {
    const programmeId = pathParam(req, 'programmeId');
    const { role } = await requireAccess(deps.repos.enrolments, req.person, programmeId, 'readOwnAnswers');
    const loaded = await deps.repos.programmes.load(programmeId);
    if (!loaded) throw new AppError('NOT_FOUND', `programme ${programmeId}`);
    const now = deps.clock();
    const zone = loaded.programme.timeZone;
    const sent = loaded.prompts
      .map((prompt) => ({ prompt, view: promptView(prompt, zone, now) }))
      .filter(({ view }) => view.status !== 'upcoming')
      .sort((a, b) => localToInstant(a.prompt.dueAt, zone).toMillis() - localToInstant(b.prompt.dueAt, zone).toMillis());
    // Point reads of the caller's own rows: another person's answer is never read here.
    const answers = await Promise.all(sent.map(({ prompt }) => deps.repos.answers.get(programmeId, prompt.id, req.person)));
    const prompts: MyPrompt[] = sent.map(({ view }, i) => {
      const answer = answers[i];
      return { ...view, answer: answer && myAnswerView(answer), editable: view.status === 'open' && role === 'participant' };
    });
    const body: MyPromptsResponse = { programmeId, timeZone: zone, prompts, now: now.toISOString() };
    return json(200, body);
  });
}
