import { AppError } from '../errors';
import type { ApiDeps } from './api-deps';
import { programmeView, sessionView } from './api-views';
import { authenticatedRoute } from './authenticated-route';
import type { ProgrammeResponse } from './contract';
import { requireAccess } from './programme-access';
import { pathParam } from './request-helpers';
import { json, type ApiRoute } from './routes';

/** GET /api/programmes/:programmeId: the programme and its sessions with agenda (any role in it). */
export function programmeRoute(deps: ApiDeps): ApiRoute {
  return authenticatedRoute(deps.auth.validator, 'GET', '/api/programmes/:programmeId', async (req) => {
    const programmeId = pathParam(req, 'programmeId');
    const { role } = await requireAccess(deps.repos.enrolments, req.person, programmeId, 'readProgramme');
    const loaded = await deps.repos.programmes.load(programmeId);
    if (!loaded) throw new AppError('NOT_FOUND', `programme ${programmeId}`);
    const now = deps.clock();
    const zone = loaded.programme.timeZone;
    const body: ProgrammeResponse = {
      programme: programmeView(loaded.programme),
      myRole: role,
      sessions: loaded.sessions.map((s) => sessionView(s, zone, now)),
      now: now.toISOString(),
    };
    return json(200, body);
  });
}
