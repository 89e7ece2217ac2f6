import { join } from 'node:path';
import JSZip from 'jszip';
import type { DashboardResponse, DevPeopleResponse, DevTokenResponse, MeResponse } from '../../bot/src/api/contract';
import { createApiRoutes } from '../../bot/src/api/create-api-routes';
import { createDevIssuer, type DevIssuer } from '../../bot/src/auth/dev-issuer';
import { createTokenFactory, TEST_CLIENT_ID, TEST_TENANT, type TokenFactory } from '../../bot/src/auth/testing/token-factory';
import { createTokenValidator } from '../../bot/src/auth/token-validator';
import { loadConfig } from '../../bot/src/config';
import { personKey } from '../../bot/src/domain/identity';
import { silentLogger } from '../../bot/src/logger';
import { createHttpServer, listen } from '../../bot/src/server';
import { createTableRepositories } from '../../bot/src/storage';
import type { Repositories } from '../../bot/src/storage/repositories';
import { AUDIT_RANGE, NOW, PEOPLE, seed, SECRET } from './api-fixture';

/**
 * The API over real HTTP on loopback, with Table Storage on Azurite: the
 * 401 body carries nothing but the code, downloads arrive as attachments,
 * audit rows land in the audit table, and the development sign-in works
 * end to end.
 */
let repos: Repositories;
let tokens: TokenFactory;
let devIssuer: DevIssuer;
let base: string;
let close: () => Promise<void>;

beforeAll(async () => {
  repos = await createTableRepositories({
    connectionString: process.env.TEST_STORAGE_CONNECTION_STRING!,
    tablePrefix: `api${Date.now().toString(36)}`,
  });
  await seed(repos);
  tokens = await createTokenFactory();
  devIssuer = await createDevIssuer({ env: 'test', audience: TEST_CLIENT_ID });
  const validator = createTokenValidator({
    clientId: TEST_CLIENT_ID,
    allowedTenantIds: [TEST_TENANT],
    signingKeys: async () => tokens.keys,
    production: false,
    devIssuer,
  });
  const config = loadConfig({ envDir: join(__dirname, '..', '..', 'env'), environment: { NODE_ENV: 'test', PORT: '0' } });
  const apiRoutes = createApiRoutes({ repos, clock: () => NOW, logger: silentLogger(), auth: { validator, devIssuer } });
  const server = createHttpServer({ config, logger: silentLogger(), repos, messages: async () => undefined, apiRoutes, version: 'test' });
  base = (await listen(server, 0, '127.0.0.1')).url;
  close = () => new Promise<void>((resolve) => server.close(() => resolve()));
});

afterAll(async () => {
  await close?.();
});

const get = (path: string, token?: string) => fetch(`${base}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
const tokenOf = (person: { objectId: string }) => tokens.sign({ oid: person.objectId });

describe('the tab API over HTTP', () => {
  it('answers 401 with nothing but the code to missing, expired, forged and wrong-tenant tokens', async () => {
    const coordinator = { oid: PEOPLE.coordinator.objectId };
    const bad = [
      undefined,
      await tokens.sign({ ...coordinator, expiresIn: -3600 }),
      await tokens.forged(coordinator),
      await tokens.sign({ ...coordinator, tid: '99999999-8888-7777-6666-555555555555' }),
      tokens.unsigned(coordinator),
    ];
    for (const token of bad) {
      const res = await get('/api/programmes/alpha/dashboard', token);
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toContain('application/json');
      expect(await res.text()).toBe('{"error":{"code":"UNAUTHENTICATED"}}');
    }
  });

  it('answers 403 to a participant asking for the dashboard and 200 with no-store to the coordinator', async () => {
    expect((await get('/api/programmes/alpha/dashboard', await tokenOf(PEOPLE.p1))).status).toBe(403);
    const res = await get('/api/programmes/alpha/dashboard', await tokenOf(PEOPLE.coordinator));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as DashboardResponse;
    expect(body.prompts.find((p) => p.promptId === 'cohort')).toMatchObject({ answered: 2, expected: 7 });
  });

  it('sends an Excel download as an attachment and records the export in the audit table', async () => {
    const res = await get('/api/programmes/alpha/export/responses.xlsx', await tokenOf(PEOPLE.coordinator));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="alpha-svar-2026-03-12\.xlsx"/);
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    expect(await zip.file('xl/worksheets/sheet1.xml')!.async('string')).toContain(SECRET);
    const audit = await repos.audit.listByProgramme('alpha', AUDIT_RANGE);
    expect(audit.find((a) => a.target === 'responses.xlsx')).toMatchObject({
      action: 'export.responses',
      actor: personKey(PEOPLE.coordinator),
    });
    expect(JSON.stringify(audit)).not.toContain(SECRET);
  });

  it('stores an answer PUT from the tab', async () => {
    const res = await fetch(`${base}/api/programmes/alpha/prompts/cohort/answer`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${await tokenOf(PEOPLE.p3)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ inputs: { text: 'Från fliken', rating: 3 } }),
    });
    expect(res.status).toBe(200);
    expect((await repos.answers.get('alpha', 'cohort', PEOPLE.p3))?.answers).toEqual({ text: 'Från fliken', rating: 3 });
  });

  it('signs in a demo person locally and knows them by tenant and object id afterwards', async () => {
    await repos.enrolments.put({
      programmeId: 'alpha',
      role: 'participant',
      displayName: 'Alex Wilber',
      email: 'alexw@example.com',
      source: 'roster',
      enrolledAt: NOW.toISOString(),
    });
    const people = (await (await get('/api/dev-auth/people')).json()) as DevPeopleResponse;
    const alex = people.people.find((p) => p.displayName === 'Alex Wilber')!;
    expect(alex.enrolments).toEqual([{ programmeId: 'alpha', role: 'participant' }]);
    const tokenRes = await fetch(`${base}/api/dev-auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ objectId: alex.objectId }),
    });
    const { accessToken } = (await tokenRes.json()) as DevTokenResponse;
    const me = (await (await get('/api/me', accessToken)).json()) as MeResponse;
    expect(me.enrolments.map((e) => [e.programmeId, e.role])).toEqual([['alpha', 'participant']]);
    const meta = (await (await get('/api/dev-auth/.well-known/openid-configuration')).json()) as { jwks_uri: string };
    expect((await fetch(meta.jwks_uri)).status).toBe(200);
  });
});
