import type { AppConfig } from '../config';
import type { Logger } from '../logger';
import type { Repositories } from '../storage/repositories';
import { createApiAuth } from '../auth/create-api-auth';
import { callerIdentity } from './caller-identity';
import { createApiRoutes } from './create-api-routes';
import type { ApiRoute } from './routes';
import type { ApiDeps } from './api-deps';

export interface TabApi {
  routes: ApiRoute[];
  /** For `ServerDeps.identifyCaller`: the rate limiter counts per verified person. */
  identifyCaller: (headers: Record<string, string | undefined>) => Promise<string | undefined>;
  /** True when `/api/dev-auth/*` (local sign-in as a demo person) is served. */
  devSignIn: boolean;
}

/**
 * The tab's API from config, for the composition root: token validation
 * (Entra ID; plus the development issuer locally, never in production) and
 * every route. Throws CONFIG_INVALID when production lacks AAD_APP_CLIENT_ID.
 */
export async function createTabApi(
  config: AppConfig,
  deps: {
    repos: Repositories;
    clock: () => Date;
    logger: Logger;
    personalData?: ApiDeps['personalData'];
    teamMembers?: ApiDeps['teamMembers'];
    sendPromptNow?: ApiDeps['sendPromptNow'];
    live?: ApiDeps['live'];
  },
): Promise<TabApi> {
  const auth = await createApiAuth(config, { clock: deps.clock });
  const routes = createApiRoutes({
    repos: deps.repos,
    clock: deps.clock,
    logger: deps.logger,
    auth,
    personalData: deps.personalData,
    teamMembers: deps.teamMembers,
    sendPromptNow: deps.sendPromptNow,
    live: deps.live,
  });
  return { routes, identifyCaller: callerIdentity(auth.validator), devSignIn: auth.devIssuer !== undefined };
}
