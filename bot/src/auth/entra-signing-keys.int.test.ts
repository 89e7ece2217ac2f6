import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { entraSigningKeys } from './entra-signing-keys';
import { createTokenValidator } from './token-validator';
import { createTokenFactory, TEST_CLIENT_ID, TEST_TENANT, type TokenFactory } from './testing/token-factory';

/** An OpenID metadata document and a JWKS on loopback, standing in for login.microsoftonline.com. */
let server: Server;
let authority: string;
let tokens: TokenFactory;
const requests: string[] = [];

beforeAll(async () => {
  tokens = await createTokenFactory();
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.setHeader('content-type', 'application/json');
    if (req.url === `/${TEST_TENANT}/v2.0/.well-known/openid-configuration`) {
      res.end(
        JSON.stringify({
          issuer: `https://login.microsoftonline.com/${TEST_TENANT}/v2.0`,
          jwks_uri: `${authority}/${TEST_TENANT}/discovery/v2.0/keys`,
        }),
      );
    } else if (req.url === `/${TEST_TENANT}/discovery/v2.0/keys`) {
      res.end(JSON.stringify(tokens.jwks));
    } else if (req.url?.startsWith('/elsewhere/')) {
      res.end(JSON.stringify({ jwks_uri: 'https://evil.example/keys' }));
    } else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  authority = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('entraSigningKeys', () => {
  it("finds the keys through the tenant's OpenID metadata and reuses them", async () => {
    const validator = createTokenValidator({
      clientId: TEST_CLIENT_ID,
      allowedTenantIds: [TEST_TENANT],
      signingKeys: entraSigningKeys({ authority }),
      production: true,
    });
    requests.length = 0;
    await expect(validator.validate(`Bearer ${await tokens.sign()}`)).resolves.toMatchObject({ tenantId: TEST_TENANT });
    await expect(validator.validate(`Bearer ${await tokens.sign()}`)).resolves.toMatchObject({ tenantId: TEST_TENANT });
    expect(requests).toEqual([`/${TEST_TENANT}/v2.0/.well-known/openid-configuration`, `/${TEST_TENANT}/discovery/v2.0/keys`]);
  });

  it('refuses a jwks_uri on another host and does not cache the failure', async () => {
    const keysFor = entraSigningKeys({ authority });
    await expect(keysFor('elsewhere')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(keysFor('unknown-tenant')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    requests.length = 0;
    await expect(keysFor('unknown-tenant')).rejects.toBeDefined();
    expect(requests).toHaveLength(1);
  });
});
