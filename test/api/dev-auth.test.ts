import type { DevPeopleResponse, DevTokenResponse, MeResponse } from '../../bot/src/api/contract';
import { createDevIssuer } from '../../bot/src/auth/dev-issuer';
import { DEV_CLIENT_ID, DEV_PEOPLE } from '../../bot/src/auth/dev-people';
import { createApiRoutes } from '../../bot/src/api/create-api-routes';
import { createTokenValidator } from '../../bot/src/auth/token-validator';
import { silentLogger } from '../../bot/src/logger';
import { createInMemoryRepositories } from '../../bot/src/storage';
import type { ApiRequest } from '../../bot/src/api/routes';

/** Local sign-in: the dev issuer's routes exist only when it is given, and its tokens go through the normal validation. */
const request = (path: string, extra: Partial<ApiRequest> = {}): ApiRequest => ({
  method: 'GET',
  path,
  params: {},
  query: {},
  headers: {},
  body: undefined,
  ...extra,
});

async function setup() {
  const repos = createInMemoryRepositories();
  const devIssuer = await createDevIssuer({ env: 'test', audience: DEV_CLIENT_ID });
  const validator = createTokenValidator({
    clientId: DEV_CLIENT_ID,
    allowedTenantIds: [],
    signingKeys: async () => devIssuer.keys,
    production: false,
    devIssuer,
  });
  const routes = createApiRoutes({ repos, clock: () => new Date(), logger: silentLogger(), auth: { validator, devIssuer } });
  const route = (method: string, path: string) => routes.find((r) => r.method === method && r.path === path)!;
  await repos.programmes.save(
    { id: 'demo', name: { sv: 'Demo', en: 'Demo' }, defaultLocale: 'sv', timeZone: 'Europe/Stockholm', departments: [], joinCode: 'DEMO1' },
    [],
    [],
  );
  await repos.enrolments.put({
    programmeId: 'demo',
    role: 'coordinator',
    displayName: 'Adele Vance',
    email: 'AdeleV@example.com',
    source: 'roster',
    enrolledAt: '2026-01-01T00:00:00Z',
  });
  return { repos, route };
}

describe('development sign-in', () => {
  it('has no routes when no development issuer is given (production)', async () => {
    const validator = createTokenValidator({
      clientId: 'x',
      allowedTenantIds: [],
      signingKeys: async () => {
        throw new Error('unused');
      },
      production: true,
    });
    const routes = createApiRoutes({
      repos: createInMemoryRepositories(),
      clock: () => new Date(),
      logger: silentLogger(),
      auth: { validator },
    });
    expect(routes.filter((r) => r.path.startsWith('/api/dev-auth'))).toEqual([]);
  });

  it('lists the demo people with their roster roles, found by e-mail', async () => {
    const { route } = await setup();
    const body = (await route('GET', '/api/dev-auth/people').handler(request('/api/dev-auth/people'))).body as DevPeopleResponse;
    expect(body.people).toHaveLength(DEV_PEOPLE.length);
    expect(body.people.find((p) => p.displayName === 'Adele Vance')?.enrolments).toEqual([{ programmeId: 'demo', role: 'coordinator' }]);
  });

  it('issues a token that binds the roster row to the demo object id, after which the API knows the person by it', async () => {
    const { repos, route } = await setup();
    const adele = DEV_PEOPLE.find((p) => p.displayName === 'Adele Vance')!;
    const token = (
      await route('POST', '/api/dev-auth/token').handler(
        request('/api/dev-auth/token', { method: 'POST', body: { objectId: adele.objectId } }),
      )
    ).body as DevTokenResponse;
    expect(token.tokenType).toBe('Bearer');
    const me = (await route('GET', '/api/me').handler(request('/api/me', { headers: { authorization: `Bearer ${token.accessToken}` } })))
      .body as MeResponse;
    expect(me.enrolments).toEqual([{ programmeId: 'demo', programmeName: { sv: 'Demo', en: 'Demo' }, role: 'coordinator' }]);
    expect((await repos.enrolments.listByPerson(adele))[0].person).toEqual({ tenantId: adele.tenantId, objectId: adele.objectId });
  });

  it('refuses someone who is not a demo person', async () => {
    const { route } = await setup();
    await expect(
      route('POST', '/api/dev-auth/token').handler(request('/api/dev-auth/token', { method: 'POST', body: { objectId: 'someone-else' } })),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('serves OpenID metadata that points at its JWKS', async () => {
    const { route } = await setup();
    const meta = (
      await route('GET', '/api/dev-auth/.well-known/openid-configuration').handler(request('/x', { headers: { host: '127.0.0.1:3978' } }))
    ).body as Record<string, string>;
    expect(meta).toMatchObject({ issuer: 'http://localhost/api/dev-auth', jwks_uri: 'http://127.0.0.1:3978/api/dev-auth/jwks' });
    const jwks = (await route('GET', '/api/dev-auth/jwks').handler(request('/x'))).body as { keys: Record<string, string>[] };
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });
});
