import type { ApiDeps } from './api-deps';
import { personEraseRoute } from './person-erase-route';
import { personExportRoutes } from './person-export-routes';
import type { ApiRoute } from './routes';

/** The personal-data endpoints (personal-data-contract.ts): exports for the person and for coordinators, erasure for coordinators. */
export function personalDataRoutes(deps: ApiDeps): ApiRoute[] {
  return [...personExportRoutes(deps), personEraseRoute(deps)];
}
