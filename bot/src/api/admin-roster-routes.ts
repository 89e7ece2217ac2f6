import { AdminError } from '../admin/admin-errors';
import { changeRole, listPeople, removePerson } from '../admin/people-service';
import { applyRoster, previewRoster, rosterFromTeam } from '../admin/roster-service';
import type { TeamMembersSource } from '../admin/team-members-source';
import { adminDeps, programmeAdminRoute } from './admin-route';
import type { ApiDeps } from './api-deps';
import { pathParam } from './request-helpers';
import { json, type ApiRoute } from './routes';

const BASE = '/api/admin/programmes/:programmeId';

/** The roster and the people of a programme (see admin-contract.ts). */
export function adminRosterRoutes(deps: ApiDeps, teamMembers?: TeamMembersSource): ApiRoute[] {
  const admin = adminDeps(deps, []);
  return [
    programmeAdminRoute(deps, 'POST', `${BASE}/roster/preview`, async (req, id) => json(200, await previewRoster(admin, id, req.body))),
    programmeAdminRoute(deps, 'POST', `${BASE}/roster/apply`, async (req, id) =>
      json(200, await applyRoster(admin, req.caller, id, req.body)),
    ),
    programmeAdminRoute(deps, 'POST', `${BASE}/roster/from-team`, async (req, id) => {
      // 501 until the composition root passes a source (see admin-routes.ts).
      if (!teamMembers) throw new AdminError('NOT_IMPLEMENTED');
      return json(200, await rosterFromTeam(admin, teamMembers, req.caller, id, req.body));
    }),
    programmeAdminRoute(deps, 'GET', `${BASE}/people`, async (_req, id) => json(200, await listPeople(admin, id))),
    programmeAdminRoute(deps, 'PUT', `${BASE}/people/:key/role`, async (req, id) =>
      json(200, await changeRole(admin, req.caller, id, pathParam(req, 'key'), req.body)),
    ),
    programmeAdminRoute(deps, 'DELETE', `${BASE}/people/:key`, async (req, id) => {
      await removePerson(admin, req.caller, id, pathParam(req, 'key'));
      return { status: 204 };
    }),
  ];
}
