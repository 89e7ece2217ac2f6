import { createApiRoutes, type ApiDeps } from '../../bot/src/api/create-api-routes';
import type { ApiRequest, ApiRoute, HttpMethod } from '../../bot/src/api/routes';
import { createTokenFactory, TEST_CLIENT_ID, TEST_DOMAIN, TEST_TENANT } from '../../bot/src/auth/testing/token-factory';
import { createTokenValidator } from '../../bot/src/auth/token-validator';
import type { PersonRef } from '../../bot/src/domain/identity';
import { silentLogger, type Logger } from '../../bot/src/logger';
import type { Repositories } from '../../bot/src/storage/repositories';
import { errorResult, findRoute } from '../api/in-process-routes';

/**
 * The tab's API in-process for the personal-data tests: every route from
 * `createApiRoutes` (with the personal-data wiring a test gives), real
 * token validation against the test's own keys, and the one error handler.
 */
export interface ApiCall {
  status: number;
  body: unknown;
  headers: Record<string, string>;
  raw?: Buffer | string;
}

export interface ApiClient {
  routes: ApiRoute[];
  call(method: HttpMethod, path: string, options?: { as?: PersonRef; body?: unknown; query?: Record<string, string> }): Promise<ApiCall>;
}

export async function apiClient(options: {
  repos: Repositories;
  clock: () => Date;
  logger?: Logger;
  personalData?: ApiDeps['personalData'];
}): Promise<ApiClient> {
  const tokens = await createTokenFactory();
  const validator = createTokenValidator({
    clientId: TEST_CLIENT_ID,
    domain: TEST_DOMAIN,
    allowedTenantIds: [TEST_TENANT],
    signingKeys: async () => tokens.keys,
    production: true,
  });
  const logger = options.logger ?? silentLogger();
  const routes = createApiRoutes({
    repos: options.repos,
    clock: options.clock,
    logger,
    auth: { validator },
    personalData: options.personalData,
  });
  return {
    routes,
    async call(method, path, opts = {}) {
      const match = findRoute(routes, method, path);
      if (!match) return { status: 404, body: undefined, headers: {} };
      const authorization = opts.as ? `Bearer ${await tokens.sign({ oid: opts.as.objectId, tid: opts.as.tenantId })}` : undefined;
      const req: ApiRequest = { method, path, params: match.params, query: opts.query ?? {}, headers: { authorization }, body: opts.body };
      try {
        const result = await match.route.handler(req);
        return { status: result.status, body: result.body, headers: result.headers ?? {}, raw: result.raw };
      } catch (err) {
        return errorResult(err, { logger });
      }
    },
  };
}
