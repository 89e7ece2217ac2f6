import { createHmac, createPublicKey, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload, type KeyLike } from 'jose';

/**
 * A stand-in for the Bot Framework's token issuer on 127.0.0.1: the OpenID
 * metadata document and signing keys (JWKS, with the `endorsements` the
 * channel service publishes) that inbound tokens are checked against, and a
 * client-credentials token endpoint for the bot's outbound calls. Tokens are
 * signed with this test's own RSA key.
 */
export const CHANNEL_ISSUER = 'https://api.botframework.com';

export interface TokenRequest {
  clientId?: string;
  clientSecret?: string;
  scope?: string;
  grantType?: string;
}

export interface TokenIssuer {
  metadataUrl: string;
  tokenEndpoint: string;
  kid: string;
  /** The published key as PEM, PKCS#1 (as botbuilder rebuilds it from the JWKS) and SPKI. */
  publicKeyPem: { pkcs1: string; spki: string };
  /** Signs claims with the published key (RS256) unless told otherwise. */
  sign(claims: JWTPayload, options?: { kid?: string; key?: KeyLike; alg?: 'RS256' | 'RS384' | 'RS512' }): Promise<string>;
  /** A token whose header and payload are given as they are, with the signature given (or none). */
  raw(header: Record<string, unknown>, claims: JWTPayload, signature?: (signingInput: string) => string): string;
  /** An RSA key that is not published. */
  otherKey(): Promise<KeyLike>;
  tokenRequests: TokenRequest[];
  issuedTokens: string[];
  close(): Promise<void>;
}

const b64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

export async function startTokenIssuer(options: { endorsements?: string[]; clientSecret?: string } = {}): Promise<TokenIssuer> {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = `test-key-${randomUUID()}`;
  const jwk = { ...(await exportJWK(publicKey)), kid, use: 'sig', alg: 'RS256', endorsements: options.endorsements ?? ['msteams'] };
  const nodeKey = createPublicKey({ key: { kty: 'RSA', n: jwk.n!, e: jwk.e! }, format: 'jwk' });
  const tokenRequests: TokenRequest[] = [];
  const issuedTokens: string[] = [];
  let base = '';

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      const path = new URL(req.url ?? '/', 'http://issuer').pathname;
      if (req.method === 'GET' && path === '/.well-known/openidconfiguration') {
        return send(200, { issuer: CHANNEL_ISSUER, jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ['RS256'] });
      }
      if (req.method === 'GET' && path === '/keys') return send(200, { keys: [jwk] });
      if (req.method === 'POST' && path === '/token') {
        const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
        const request = {
          clientId: form.get('client_id') ?? undefined,
          clientSecret: form.get('client_secret') ?? undefined,
          scope: form.get('scope') ?? undefined,
          grantType: form.get('grant_type') ?? undefined,
        };
        tokenRequests.push(request);
        if (request.grantType !== 'client_credentials' || (options.clientSecret && request.clientSecret !== options.clientSecret)) {
          return send(401, { error: 'invalid_client' });
        }
        const token = `outbound-${randomUUID()}`;
        issuedTokens.push(token);
        return send(200, { token_type: 'Bearer', expires_in: 3600, access_token: token });
      }
      return send(404, { error: 'not found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    metadataUrl: `${base}/.well-known/openidconfiguration`,
    tokenEndpoint: `${base}/token`,
    kid,
    publicKeyPem: {
      pkcs1: nodeKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
      spki: nodeKey.export({ type: 'spki', format: 'pem' }).toString(),
    },
    sign: (claims, signOptions = {}) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: signOptions.alg ?? 'RS256', kid: signOptions.kid ?? kid, typ: 'JWT' })
        .sign(signOptions.key ?? privateKey),
    raw: (header, claims, signature) => {
      const signingInput = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
      return `${signingInput}.${signature ? signature(signingInput) : ''}`;
    },
    otherKey: async () => (await generateKeyPair('RS256')).privateKey,
    tokenRequests,
    issuedTokens,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** HS256 over the signing input with `secret`: the "public key as HMAC secret" confusion attack. */
export function hs256(secret: string): (signingInput: string) => string {
  return (signingInput) => createHmac('sha256', secret).update(signingInput).digest('base64url');
}
