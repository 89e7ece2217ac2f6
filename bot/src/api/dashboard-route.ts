import { AppError } from '../errors';
import { buildDashboard } from '../reports/dashboard';
import type { ApiDeps } from './api-deps';
import { authenticatedRoute } from './authenticated-route';
import { requireAccess } from './programme-access';
import { pathParam } from './request-helpers';
import { json, type ApiRoute } from './routes';

/** GET /api/programmes/:programmeId/dashboard: coordinators only. Counts and non-responders; no answer content. */
export function dashboardRoute(deps: ApiDeps): ApiRoute {
  return authenticatedRoute(deps.auth.validator, 'GET', '/api/programmes/:programmeId/dashboard', async (req) => {
    const programmeId = pathParam(req, 'programmeId');
    await requireAccess(deps.repos.enrolments, req.person, programmeId, 'readDashboard');
    const dashboard = await buildDashboard(deps.repos, programmeId, deps.clock(), deps.minGroupSize);
    if (!dashboard) throw new AppError('NOT_FOUND', `programme ${programmeId}`);
    return json(200, dashboard);
  });
}
