import {
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  SignJWT,
  base64url,
  type JSONWebKeySet,
  type JWTVerifyGetKey,
  type KeyLike,
} from 'jose';

/**
 * Tokens shaped like Entra ID's, signed by the test's own key pair, so the
 * validator can be configured with the test's JWKS. Every call site states
 * what it changes from a valid token.
 */
export const TEST_TENANT = '11111111-2222-3333-4444-555555555555';
export const OTHER_TENANT = '99999999-8888-7777-6666-555555555555';
export const TEST_CLIENT_ID = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
export const TEST_DOMAIN = 'tab.example.org';

export interface TokenSpec {
  tid?: string;
  oid?: string;
  iss?: string;
  aud?: string;
  scp?: string;
  /** Seconds from now; negative for an expired token. */
  expiresIn?: number;
  /** Seconds from now for nbf. */
  notBefore?: number;
  /** Claims to leave out. */
  omit?: string[];
  extra?: Record<string, unknown>;
}

export interface TokenFactory {
  jwks: JSONWebKeySet;
  keys: JWTVerifyGetKey;
  sign(spec?: TokenSpec): Promise<string>;
  /** Signed by a different key that claims the same kid. */
  forged(spec?: TokenSpec): Promise<string>;
  /** `alg: none`, no signature. */
  unsigned(spec?: TokenSpec): string;
  /** HS256 with the public modulus as the secret (the classic confusion attack). */
  hs256(spec?: TokenSpec): Promise<string>;
}

export const v2Issuer = (tid = TEST_TENANT) => `https://login.microsoftonline.com/${tid}/v2.0`;
export const v1Issuer = (tid = TEST_TENANT) => `https://sts.windows.net/${tid}/`;

export async function createTokenFactory(kid = 'test-key-1'): Promise<TokenFactory> {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { modulusLength: 2048 });
  const other = await generateKeyPair('RS256', { modulusLength: 2048 });
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  const jwks = { keys: [publicJwk] };

  const claims = (spec: TokenSpec = {}): Record<string, unknown> => {
    const now = Math.floor(Date.now() / 1000);
    const tid = spec.tid ?? TEST_TENANT;
    const all: Record<string, unknown> = {
      iss: spec.iss ?? v2Issuer(tid),
      aud: spec.aud ?? TEST_CLIENT_ID,
      tid,
      oid: spec.oid ?? '00000000-0000-0000-0000-00000000aaaa',
      scp: spec.scp ?? 'access_as_user',
      name: 'Mallory Name-Claim',
      preferred_username: 'someone.else@example.com',
      iat: now,
      nbf: now + (spec.notBefore ?? 0),
      exp: now + (spec.expiresIn ?? 3600),
      ver: '2.0',
      ...spec.extra,
    };
    for (const name of spec.omit ?? []) delete all[name];
    return all;
  };
  const signWith = (key: KeyLike, spec?: TokenSpec) =>
    new SignJWT(claims(spec)).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid }).sign(key);

  return {
    jwks,
    keys: createLocalJWKSet(jwks),
    sign: (spec) => signWith(privateKey, spec),
    forged: (spec) => signWith(other.privateKey, spec),
    unsigned: (spec) => {
      const header = base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT', kid }));
      return `${header}.${base64url.encode(JSON.stringify(claims(spec)))}.`;
    },
    hs256: async (spec) => {
      const secret = new TextEncoder().encode(String(publicJwk.n));
      return new SignJWT(claims(spec)).setProtectedHeader({ alg: 'HS256', typ: 'JWT', kid }).sign(secret);
    },
  };
}
