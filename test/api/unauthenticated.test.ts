import { OTHER_TENANT, TEST_CLIENT_ID, v1Issuer, v2Issuer } from '../../bot/src/auth/testing/token-factory';
import type { HttpMethod } from '../../bot/src/api/routes';
import { apiHarness, PEOPLE, seed, type ApiHarness } from './api-fixture';

/** Every route of the API refuses every bad token with 401 and a body that says nothing more. */
let api: ApiHarness;

beforeAll(async () => {
  api = await apiHarness();
  await seed(api.repos);
});

const ROUTES: [HttpMethod, string][] = [
  ['GET', '/api/me'],
  ['GET', '/api/programmes/alpha'],
  ['GET', '/api/programmes/alpha/my-prompts'],
  ['PUT', '/api/programmes/alpha/prompts/cohort/answer'],
  ['GET', '/api/programmes/alpha/shared'],
  ['GET', '/api/programmes/alpha/responses'],
  ['GET', '/api/programmes/alpha/dashboard'],
  ['GET', '/api/programmes/alpha/audit'],
  ['GET', '/api/programmes/alpha/export/responses.csv'],
  ['GET', '/api/programmes/alpha/export/responses.xlsx'],
  ['GET', '/api/programmes/alpha/export/participation.csv'],
  ['GET', '/api/programmes/alpha/export/participation.xlsx'],
];

const coordinator = { oid: PEOPLE.coordinator.objectId };
const BAD_TOKENS: [string, () => Promise<string | undefined>][] = [
  ['missing', async () => undefined],
  ['malformed', async () => 'Bearer definitely.not.a-jwt'],
  ['not a bearer', async () => `Token ${await api.tokens.sign(coordinator)}`],
  ['expired', async () => `Bearer ${await api.tokens.sign({ ...coordinator, expiresIn: -3600 })}`],
  ['not yet valid', async () => `Bearer ${await api.tokens.sign({ ...coordinator, notBefore: 3600 })}`],
  ['forged signature', async () => `Bearer ${await api.tokens.forged(coordinator)}`],
  ['alg none', async () => `Bearer ${api.tokens.unsigned(coordinator)}`],
  ['HS256', async () => `Bearer ${await api.tokens.hs256(coordinator)}`],
  ['wrong audience', async () => `Bearer ${await api.tokens.sign({ ...coordinator, aud: 'https://graph.microsoft.com' })}`],
  ['wrong issuer', async () => `Bearer ${await api.tokens.sign({ ...coordinator, iss: 'https://login.evil.example/v2.0' })}`],
  ['issuer of another tenant', async () => `Bearer ${await api.tokens.sign({ ...coordinator, iss: v1Issuer(OTHER_TENANT) })}`],
  ['wrong tenant', async () => `Bearer ${await api.tokens.sign({ ...coordinator, tid: OTHER_TENANT, iss: v2Issuer(OTHER_TENANT) })}`],
  ['missing scope', async () => `Bearer ${await api.tokens.sign({ ...coordinator, omit: ['scp'] })}`],
  ['wrong scope', async () => `Bearer ${await api.tokens.sign({ ...coordinator, scp: 'User.Read Files.Read' })}`],
];

describe('401: every route refuses every bad token', () => {
  it.each(BAD_TOKENS)('a %s token gets 401 with only the code, on every route', async (_name, make) => {
    const authorization = await make();
    for (const [method, path] of ROUTES) {
      const res = await api.call(method, path, { authorization, body: { inputs: { text: 'x' } } });
      expect([method, path, res.status, res.body]).toEqual([method, path, 401, { error: { code: 'UNAUTHENTICATED' } }]);
    }
  });

  it('accepts the same coordinator with a good v2.0 token and a good v1 token', async () => {
    expect((await api.call('GET', '/api/programmes/alpha/dashboard', { as: PEOPLE.coordinator })).status).toBe(200);
    const v1 = await api.tokens.sign({ ...coordinator, iss: v1Issuer(), aud: TEST_CLIENT_ID });
    expect((await api.call('GET', '/api/programmes/alpha/dashboard', { authorization: `Bearer ${v1}` })).status).toBe(200);
  });

  it('takes the person from the token, not from names or e-mail in it', async () => {
    const token = await api.tokens.sign({
      oid: PEOPLE.p1.objectId,
      extra: { name: 'Cecilia Samordnare', preferred_username: 'coordinator@example.com' },
    });
    const res = await api.call('GET', '/api/programmes/alpha/dashboard', { authorization: `Bearer ${token}` });
    expect(res.status).toBe(403);
  });
});
