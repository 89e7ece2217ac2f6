import { join } from 'node:path';
import type { AdminPeopleResponse, AdminProgrammeResponse, RosterPreviewResponse } from '../../bot/src/api/admin-contract';
import { createApiRoutes } from '../../bot/src/api/create-api-routes';
import { createTokenFactory, TEST_CLIENT_ID, TEST_TENANT, type TokenFactory } from '../../bot/src/auth/testing/token-factory';
import { createTokenValidator } from '../../bot/src/auth/token-validator';
import { loadConfig } from '../../bot/src/config';
import { silentLogger } from '../../bot/src/logger';
import { createHttpServer, listen } from '../../bot/src/server';
import { createTableRepositories } from '../../bot/src/storage';
import type { Repositories } from '../../bot/src/storage/repositories';
import { AUDIT_RANGE, NOW, PEOPLE } from './admin-fixture';
import { seed } from '../api/api-fixture';

/**
 * The admin API over real HTTP on loopback with Table Storage on Azurite:
 * a coordinator creates a programme, edits it, enrols people from a CSV
 * (preview, then apply) and downloads the programme file; a participant is
 * refused.
 */
let repos: Repositories;
let tokens: TokenFactory;
let base: string;
let close: () => Promise<void>;

beforeAll(async () => {
  repos = await createTableRepositories({
    connectionString: process.env.TEST_STORAGE_CONNECTION_STRING!,
    tablePrefix: `adm${Date.now().toString(36)}`,
  });
  await seed(repos);
  tokens = await createTokenFactory();
  const validator = createTokenValidator({
    clientId: TEST_CLIENT_ID,
    allowedTenantIds: [TEST_TENANT],
    signingKeys: async () => tokens.keys,
    production: true,
  });
  const config = loadConfig({ envDir: join(__dirname, '..', '..', 'env'), environment: { NODE_ENV: 'test', PORT: '0' } });
  const apiRoutes = createApiRoutes({ repos, clock: () => NOW, logger: silentLogger(), auth: { validator } });
  const server = createHttpServer({ config, logger: silentLogger(), repos, messages: async () => undefined, apiRoutes, version: 'test' });
  base = (await listen(server, 0, '127.0.0.1')).url;
  close = () => new Promise<void>((resolve) => server.close(() => resolve()));
});

afterAll(async () => {
  await close?.();
});

async function call(method: string, path: string, as: { objectId: string }, body?: unknown): Promise<Response> {
  const token = await tokens.sign({ oid: as.objectId });
  return fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'accept-language': 'en' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

describe('the admin API over HTTP on Azurite', () => {
  it('creates, edits, enrols from a CSV and exports a programme', async () => {
    const coordinator = PEOPLE.coordinator;
    const created = await call('POST', '/api/admin/programmes', coordinator, {
      id: 'http-prog',
      name: { sv: 'HTTP-program', en: 'HTTP programme' },
      departments: [{ id: 'it', name: { sv: 'IT', en: 'IT' } }],
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('cache-control')).toBe('no-store');
    const programme = (await created.json()) as AdminProgrammeResponse;

    const agenda = [{ start: '09:00', durationMinutes: 60, title: { sv: 'Start', en: 'Start' } }];
    const edited = await call('PUT', '/api/admin/programmes/http-prog', coordinator, {
      ...programme,
      sessions: [{ ...programme.sessions[0], agenda }],
    });
    expect(edited.status).toBe(200);
    expect((await repos.programmes.load('http-prog'))!.sessions[0].agenda).toEqual(agenda);

    const csv = 'e-post;namn;förvaltning;roll\nada@example.org;Ada L;IT;kursledare\nbad;B;IT;\n';
    const preview = await call('POST', '/api/admin/programmes/http-prog/roster/preview', coordinator, { kind: 'csv', content: csv });
    const shown = (await preview.json()) as RosterPreviewResponse;
    expect(shown.counts).toMatchObject({ new: 1, error: 1 });
    const fixed = csv.replace('bad;B;IT;\n', '');
    const { previewToken } = (await (
      await call('POST', '/api/admin/programmes/http-prog/roster/preview', coordinator, { kind: 'csv', content: fixed })
    ).json()) as RosterPreviewResponse;
    const applied = await call('POST', '/api/admin/programmes/http-prog/roster/apply', coordinator, {
      kind: 'csv',
      content: fixed,
      previewToken,
    });
    expect(applied.status).toBe(200);
    expect((await repos.enrolments.listByEmail('ada@example.org'))[0]).toMatchObject({ role: 'facilitator', programmeId: 'http-prog' });
    expect((await repos.audit.listByProgramme('http-prog', AUDIT_RANGE)).map((a) => a.action)).toEqual(['role.change']);

    const file = await call('GET', '/api/admin/programmes/http-prog/file', coordinator);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('application/yaml');
    const text = await file.text();
    expect(text).toContain('id: http-prog');
    expect(text).toContain('ada@example.org');

    const { people } = (await (await call('GET', '/api/admin/programmes/http-prog/people', coordinator)).json()) as AdminPeopleResponse;
    const ada = people.find((p) => p.email === 'ada@example.org')!;
    expect(ada).toMatchObject({ matched: false, role: 'facilitator' });
    expect((await call('DELETE', `/api/admin/programmes/http-prog/people/${ada.key}`, coordinator)).status).toBe(204);
    expect(await repos.enrolments.listByEmail('ada@example.org')).toEqual([]);
    expect((await repos.enrolments.listByProgramme('http-prog')).map((e) => e.role)).toEqual(['coordinator']);
  });

  it('refuses a participant with 403 and a stale edit with 409 and its details', async () => {
    expect((await call('GET', '/api/admin/programmes/alpha', PEOPLE.p1)).status).toBe(403);
    const stale = await call('PUT', '/api/admin/programmes/alpha', PEOPLE.coordinator, { version: 'old' });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ error: { code: 'STORAGE_CONFLICT', message: expect.stringContaining('Someone else') } });
  });
});
