import { adminProgrammeRoutes } from './admin-programme-routes';
import { adminRosterRoutes } from './admin-roster-routes';
import { adminSendRoute } from './admin-send-route';
import type { TeamMembersSource } from '../admin/team-members-source';
import type { ApiDeps } from './api-deps';
import type { ApiRoute } from './routes';

export interface AdminRouteOptions {
  /** Person keys (`tenant|oid`) who may create programmes without coordinating one (the configured admin list). */
  creators?: readonly string[];
  /** Paged team member lookup (bot/src/teams/team-members.ts); without it `roster/from-team` answers 501. */
  teamMembers?: TeamMembersSource;
}

/** Every admin route (see admin-contract.ts). */
export function adminRoutes(deps: ApiDeps, options: AdminRouteOptions = {}): ApiRoute[] {
  return [
    ...adminProgrammeRoutes(deps, options.creators ?? []),
    ...adminRosterRoutes(deps, options.teamMembers),
    // Without `deps.sendPromptNow` it answers 501.
    adminSendRoute(deps),
  ];
}
