import { randomUUID } from 'node:crypto';
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type JSONWebKeySet, type JWTVerifyGetKey, type KeyLike } from 'jose';
import { AppError } from '../errors';
import type { PersonRef } from '../domain/identity';
import { ACCESS_SCOPE } from './entra-issuers';
import { DEV_TENANT_ID } from './dev-people';
import type { TrustedIssuer } from './token-validator';

/** Where the issuer's documents are served on the app's own server. */
export const DEV_AUTH_PATH = '/api/dev-auth';

/**
 * A token issuer for local use: its own RSA key pair made at start, an OpenID
 * metadata document and a JWKS, tokens for the demo people shaped like Entra
 * ID's. The validator trusts it through the same code path as Entra ID; it
 * cannot be created when the app runs in production.
 */
export interface DevIssuer extends TrustedIssuer {
  readonly audience: string;
  jwks(): JSONWebKeySet;
  openIdConfiguration(baseUrl: string): Record<string, unknown>;
  issueToken(person: PersonRef, options?: { lifetimeSeconds?: number }): Promise<{ accessToken: string; expiresAt: string }>;
}

export interface DevIssuerOptions {
  /** NODE_ENV; `production` is refused. */
  env: string;
  /** The token audience: the configured client id or DEV_CLIENT_ID. */
  audience: string;
  /** The `iss` value; a fixed local URL by default (the port may be chosen at listen time). */
  issuer?: string;
  tenantIds?: string[];
  clock?: () => Date;
}

export async function createDevIssuer(options: DevIssuerOptions): Promise<DevIssuer> {
  if (options.env === 'production') throw new AppError('CONFIG_INVALID', 'the development issuer is not available in production');
  const issuer = options.issuer ?? `http://localhost${DEV_AUTH_PATH}`;
  const clock = options.clock ?? (() => new Date());
  const { publicKey, privateKey } = await generateKeyPair('RS256', { modulusLength: 2048 });
  const kid = randomUUID();
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  const jwks: JSONWebKeySet = { keys: [publicJwk] };
  const keys: JWTVerifyGetKey = createLocalJWKSet(jwks);

  return {
    issuer,
    keys,
    audience: options.audience,
    tenantIds: options.tenantIds ?? [DEV_TENANT_ID],
    jwks: () => jwks,
    openIdConfiguration: (baseUrl) => ({
      issuer,
      jwks_uri: `${baseUrl.replace(/\/+$/, '')}${DEV_AUTH_PATH}/jwks`,
      token_endpoint: `${baseUrl.replace(/\/+$/, '')}${DEV_AUTH_PATH}/token`,
      id_token_signing_alg_values_supported: ['RS256'],
      response_types_supported: ['token'],
      subject_types_supported: ['pairwise'],
    }),
    issueToken: (person, issueOptions) => sign(privateKey, kid, issuer, options.audience, person, clock(), issueOptions?.lifetimeSeconds),
  };
}

async function sign(
  key: KeyLike,
  kid: string,
  issuer: string,
  audience: string,
  person: PersonRef,
  now: Date,
  lifetimeSeconds = 3600,
): Promise<{ accessToken: string; expiresAt: string }> {
  const iat = Math.floor(now.getTime() / 1000);
  const exp = iat + lifetimeSeconds;
  const accessToken = await new SignJWT({ tid: person.tenantId, oid: person.objectId, scp: ACCESS_SCOPE, ver: '2.0' })
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid })
    .setIssuer(issuer)
    .setAudience(audience)
    .setSubject(person.objectId)
    .setIssuedAt(iat)
    .setNotBefore(iat)
    .setExpirationTime(exp)
    .setJti(randomUUID())
    .sign(key);
  return { accessToken, expiresAt: new Date(exp * 1000).toISOString() };
}
