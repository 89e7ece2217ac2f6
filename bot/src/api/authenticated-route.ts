import type { PersonRef } from '../domain/identity';
import type { Locale } from '../domain/locale';
import type { TokenValidator } from '../auth/token-validator';
import { requestLocale } from './request-helpers';
import type { ApiRequest, ApiResult, ApiRoute, HttpMethod } from './routes';

/** A request whose bearer token was valid: the person is the token's tid + oid, nothing the tab said. */
export interface AuthenticatedRequest extends ApiRequest {
  person: PersonRef;
  locale: Locale;
}

const NO_STORE = { 'Cache-Control': 'no-store' };

/**
 * A route that validates the bearer token before anything else (401 on any
 * failure) and marks every answer uncacheable: it carries personal data.
 */
export function authenticatedRoute(
  validator: TokenValidator,
  method: HttpMethod,
  path: string,
  handler: (req: AuthenticatedRequest) => Promise<ApiResult>,
): ApiRoute {
  return {
    method,
    path,
    handler: async (req) => {
      const person = await validator.validate(req.headers.authorization);
      const result = await handler({ ...req, person, locale: requestLocale(req) });
      return { ...result, headers: { ...NO_STORE, ...result.headers } };
    },
  };
}
