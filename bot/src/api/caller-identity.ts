import type { TokenValidator } from '../auth/token-validator';
import { personKey } from '../domain/identity';

/**
 * For the server's rate limiter (`ServerDeps.identifyCaller`): the person key
 * behind a request's bearer token, or undefined when it has no valid one
 * (then the limiter counts per address). Validation is the same as the
 * routes'; a refused token is not an error here.
 */
export function callerIdentity(validator: TokenValidator): (headers: Record<string, string | undefined>) => Promise<string | undefined> {
  return async (headers) => {
    if (!headers.authorization) return undefined;
    try {
      return personKey(await validator.validate(headers.authorization));
    } catch {
      return undefined;
    }
  };
}
