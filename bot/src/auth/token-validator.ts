import { decodeJwt, decodeProtectedHeader, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { AppError, isAppError } from '../errors';
import type { PersonRef } from '../domain/identity';
import { bearerToken } from './bearer-token';
import { ACCESS_SCOPE, apiAudiences, entraIssuers } from './entra-issuers';
import type { SigningKeysFor } from './entra-signing-keys';

/** Turns an `Authorization` header into the person it proves, or throws UNAUTHENTICATED. */
export interface TokenValidator {
  validate(authorization: string | undefined): Promise<PersonRef>;
}

/** An issuer trusted besides Entra ID: only the development issuer, never in production. */
export interface TrustedIssuer {
  issuer: string;
  keys: JWTVerifyGetKey;
  tenantIds: readonly string[];
}

export interface TokenValidatorOptions {
  /** The app registration's client id (AAD_APP_CLIENT_ID). */
  clientId: string;
  /** The tab's domain, for the `api://{domain}/{clientId}` audience. */
  domain?: string;
  allowedTenantIds: readonly string[];
  signingKeys: SigningKeysFor;
  production: boolean;
  devIssuer?: TrustedIssuer;
  clockToleranceSeconds?: number;
  clock?: () => Date;
}

const ID = /^[0-9A-Za-z-]{8,64}$/;

/**
 * RS256 only; issuer Entra v2.0 or v1 for the token's tenant (or the
 * development issuer when one is trusted); audience the app; tenant on the
 * allow-list; scope `access_as_user`; exp/nbf with a small skew. The person
 * is the `tid` + `oid` claims, nothing else. Every failure is UNAUTHENTICATED
 * with the reason in the (logged) message only.
 */
export function createTokenValidator(options: TokenValidatorOptions): TokenValidator {
  if (!options.clientId) throw new AppError('CONFIG_INVALID', 'the token validator needs the app client id (AAD_APP_CLIENT_ID)');
  if (options.devIssuer && options.production) {
    throw new AppError('CONFIG_INVALID', 'the development issuer cannot be trusted in production');
  }
  const allowed = new Set(options.allowedTenantIds.map((id) => id.toLowerCase()));
  const devTenants = new Set((options.devIssuer?.tenantIds ?? []).map((id) => id.toLowerCase()));
  const audience = apiAudiences(options.clientId, options.domain);
  const clockTolerance = options.clockToleranceSeconds ?? 60;

  const trustFor = async (claims: JWTPayload): Promise<{ issuer: string; keys: JWTVerifyGetKey }> => {
    const tid = claims.tid;
    if (typeof tid !== 'string' || !ID.test(tid)) throw unauthenticated('no usable tid claim');
    const dev = options.devIssuer;
    if (dev && claims.iss === dev.issuer) {
      if (!devTenants.has(tid.toLowerCase()) && !allowed.has(tid.toLowerCase())) throw unauthenticated('tenant not allowed');
      return { issuer: dev.issuer, keys: dev.keys };
    }
    if (!allowed.has(tid.toLowerCase())) throw unauthenticated('tenant not allowed');
    const issuer = entraIssuers(tid).find((candidate) => candidate === claims.iss);
    if (!issuer) throw unauthenticated('issuer not trusted');
    return { issuer, keys: await options.signingKeys(tid) };
  };

  return {
    async validate(authorization) {
      try {
        const token = bearerToken(authorization);
        let claims: JWTPayload;
        try {
          if (decodeProtectedHeader(token).alg !== 'RS256') throw unauthenticated('algorithm is not RS256');
          claims = decodeJwt(token);
        } catch (err) {
          if (isAppError(err)) throw err;
          throw unauthenticated('malformed token');
        }
        const { issuer, keys } = await trustFor(claims);
        const { payload } = await jwtVerify(token, keys, {
          algorithms: ['RS256'],
          issuer,
          audience,
          clockTolerance,
          requiredClaims: ['exp', 'tid', 'oid'],
          currentDate: options.clock?.(),
        });
        const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
        if (!scopes.includes(ACCESS_SCOPE)) throw unauthenticated(`scope ${ACCESS_SCOPE} missing`);
        if (payload.tid !== claims.tid) throw unauthenticated('tid changed');
        if (typeof payload.oid !== 'string' || !ID.test(payload.oid)) throw unauthenticated('no usable oid claim');
        return { tenantId: (payload.tid as string).toLowerCase(), objectId: payload.oid.toLowerCase() };
      } catch (err) {
        if (isAppError(err, 'UNAUTHENTICATED')) throw err;
        throw new AppError('UNAUTHENTICATED', `token refused: ${describe(err)}`, { cause: err });
      }
    },
  };
}

function unauthenticated(reason: string): AppError {
  return new AppError('UNAUTHENTICATED', `token refused: ${reason}`);
}

function describe(err: unknown): string {
  if (err && typeof err === 'object' && 'code' in err) return String((err as { code: unknown }).code);
  return err instanceof Error ? err.name : 'unknown';
}
