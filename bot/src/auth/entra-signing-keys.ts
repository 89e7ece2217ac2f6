import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';
import { AppError } from '../errors';

/** Signing keys of one tenant's tokens, resolved by the validator for tenants on the allow-list only. */
export type SigningKeysFor = (tenantId: string) => Promise<JWTVerifyGetKey>;

export interface EntraSigningKeysOptions {
  /** `https://login.microsoftonline.com` unless a test points it at loopback. */
  authority?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** How long fetched keys are reused before they are refreshed; unknown `kid`s refresh sooner (after the cooldown). */
  cacheMaxAgeMs?: number;
}

interface OpenIdMetadata {
  jwks_uri?: unknown;
}

/**
 * Keys from the tenant's OpenID metadata
 * (`{authority}/{tid}/v2.0/.well-known/openid-configuration` → `jwks_uri`),
 * one jose remote key set per tenant, cached. A failed lookup is not cached.
 */
export function entraSigningKeys(options: EntraSigningKeysOptions = {}): SigningKeysFor {
  const authority = (options.authority ?? 'https://login.microsoftonline.com').replace(/\/+$/, '');
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 5000;
  const cache = new Map<string, Promise<JWTVerifyGetKey>>();

  const load = async (tenantId: string): Promise<JWTVerifyGetKey> => {
    const url = `${authority}/${encodeURIComponent(tenantId)}/v2.0/.well-known/openid-configuration`;
    const res = await doFetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
    if (!res.ok) throw new AppError('UNAUTHENTICATED', `OpenID metadata answered ${res.status}`);
    const metadata = (await res.json()) as OpenIdMetadata;
    if (typeof metadata.jwks_uri !== 'string') throw new AppError('UNAUTHENTICATED', 'OpenID metadata has no jwks_uri');
    const jwksUri = new URL(metadata.jwks_uri);
    if (new URL(authority).origin !== jwksUri.origin) throw new AppError('UNAUTHENTICATED', 'jwks_uri is not on the authority');
    return createRemoteJWKSet(jwksUri, {
      timeoutDuration: timeoutMs,
      cooldownDuration: 30_000,
      cacheMaxAge: options.cacheMaxAgeMs ?? 6 * 60 * 60 * 1000,
    });
  };

  return (tenantId) => {
    const key = tenantId.toLowerCase();
    let keys = cache.get(key);
    if (!keys) {
      keys = load(key);
      cache.set(key, keys);
      keys.catch(() => cache.delete(key));
    }
    return keys;
  };
}
