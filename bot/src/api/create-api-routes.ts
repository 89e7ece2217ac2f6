import { adminRoutes } from './admin-routes';
import type { ApiDeps } from './api-deps';
import { answerRoute } from './answer-route';
import { auditRoute } from './audit-route';
import { dashboardRoute } from './dashboard-route';
import { devAuthRoutes } from './dev-auth-routes';
import { exportRoutes } from './export-routes';
import { liveRoutes } from './live-routes';
import { meRoute } from './me-route';
import { myPromptsRoute } from './my-prompts-route';
import { personalDataRoutes } from './personal-data-routes';
import { programmeRoute } from './programme-route';
import { responsesRoute } from './responses-route';
import type { ApiRoute } from './routes';
import { sharedRoute } from './shared-route';

export type { ApiDeps } from './api-deps';

/** Every route of the tab's API (see contract.ts). The dev-auth routes exist only when a development issuer is given. */
export function createApiRoutes(deps: ApiDeps): ApiRoute[] {
  return [
    meRoute(deps),
    programmeRoute(deps),
    myPromptsRoute(deps),
    answerRoute(deps),
    sharedRoute(deps),
    responsesRoute(deps),
    dashboardRoute(deps),
    auditRoute(deps),
    ...exportRoutes(deps),
    ...personalDataRoutes(deps),
    ...liveRoutes(deps),
    ...adminRoutes(deps, { teamMembers: deps.teamMembers }),
    ...(deps.auth.devIssuer ? devAuthRoutes(deps.auth.devIssuer, deps.repos.enrolments) : []),
  ];
}

export { callerIdentity } from './caller-identity';
