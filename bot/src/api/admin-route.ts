import { AdminError, adminErrorBody } from '../admin/admin-errors';
import type { AdminDeps, Caller } from '../admin/admin-deps';
import { requireCoordinator } from '../admin/admin-access';
import type { ApiDeps } from './api-deps';
import { authenticatedRoute, type AuthenticatedRequest } from './authenticated-route';
import { pathParam } from './request-helpers';
import { json, type ApiResult, type ApiRoute, type HttpMethod } from './routes';

/** An admin request: the caller with their enrolments as read for the access check. */
export interface AdminRequest extends AuthenticatedRequest {
  caller: Caller;
}

/**
 * An authenticated admin route whose refusals that carry details (issues,
 * prompts already sent, the current version) become JSON bodies here; all
 * other errors go to the one error handler.
 */
export function adminRoute(deps: ApiDeps, method: HttpMethod, path: string, handler: (req: AdminRequest) => Promise<ApiResult>): ApiRoute {
  return authenticatedRoute(deps.auth.validator, method, path, async (req) => {
    try {
      const mine = await deps.repos.enrolments.listByPerson(req.person);
      return await handler({ ...req, caller: { person: req.person, mine } });
    } catch (err) {
      if (err instanceof AdminError) {
        deps.logger.warn({ code: err.code }, 'admin request refused');
        return json(err.status, adminErrorBody(err, req.locale));
      }
      throw err;
    }
  });
}

/** An admin route on one programme: coordinators of that programme only (403 otherwise, before anything is read). */
export function programmeAdminRoute(
  deps: ApiDeps,
  method: HttpMethod,
  path: string,
  handler: (req: AdminRequest, programmeId: string) => Promise<ApiResult>,
): ApiRoute {
  return adminRoute(deps, method, path, async (req) => {
    const programmeId = pathParam(req, 'programmeId');
    await requireCoordinator({ listByPerson: async () => [...req.caller.mine] }, req.person, programmeId);
    return handler(req, programmeId);
  });
}

export function adminDeps(deps: ApiDeps, creators: readonly string[]): AdminDeps {
  return { repos: deps.repos, clock: deps.clock, policy: { creators } };
}
