import { join } from 'node:path';
import { loadConfig } from '../../bot/src/config';
import { silentLogger } from '../../bot/src/logger';
import { createHttpServer, listen } from '../../bot/src/server';
import { createInMemoryRepositories } from '../../bot/src/storage';
import { TableAuditRepository } from '../../bot/src/storage/repositories/audit-repository';
import type { Repositories } from '../../bot/src/storage/repositories';
import { AUDIT_RANGE, NOW, PEOPLE, seed } from '../api/api-fixture';
import { apiClient, type ApiClient } from './api-client';

/**
 * The audit log is append-only end to end: the port has append and list and
 * nothing else, and the only API route on it is the coordinators' GET; a PUT
 * or DELETE to it over real HTTP is refused by the server and changes nothing.
 */
describe('the audit log', () => {
  let repos: Repositories;
  let api: ApiClient;
  let url: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    repos = createInMemoryRepositories();
    await seed(repos);
    api = await apiClient({ repos, clock: () => NOW });
    const config = loadConfig({ envDir: join(__dirname, '..', '..', 'env'), environment: { NODE_ENV: 'test', PORT: '0' } });
    const server = createHttpServer({
      config,
      logger: silentLogger(),
      repos,
      messages: async () => undefined,
      apiRoutes: api.routes,
      version: 'test',
    });
    ({ url } = await listen(server, 0, '127.0.0.1'));
    close = () => new Promise<void>((resolve) => server.close(() => resolve()));
    // One row to protect: a coordinator reads the responses.
    expect((await api.call('GET', '/api/programmes/alpha/responses', { as: PEOPLE.coordinator })).status).toBe(200);
  });
  afterAll(() => close());

  it('has a port with append and list only: no update, no delete', () => {
    expect(Object.getOwnPropertyNames(TableAuditRepository.prototype).sort()).toEqual(['append', 'constructor', 'listByProgramme']);
  });

  it('is reached by no API route but GET', () => {
    const audit = api.routes.filter((route) => route.path.includes('/audit'));
    expect(audit.map((route) => `${route.method} ${route.path}`)).toEqual(['GET /api/programmes/:programmeId/audit']);
  });

  it('refuses PUT and DELETE over HTTP with 405, and the rows stay as they were', async () => {
    const before = await repos.audit.listByProgramme('alpha', AUDIT_RANGE);
    expect(before).toHaveLength(1);
    for (const method of ['PUT', 'DELETE', 'PATCH', 'POST']) {
      const res = await fetch(`${url}/api/programmes/alpha/audit`, { method, headers: { 'content-type': 'application/json' }, body: '{}' });
      expect([method, res.status]).toEqual([method, 405]);
      await res.arrayBuffer();
    }
    expect(await repos.audit.listByProgramme('alpha', AUDIT_RANGE)).toEqual(before);
  });

  it('is read by coordinators only', async () => {
    const read = await api.call('GET', '/api/programmes/alpha/audit', { as: PEOPLE.coordinator });
    expect(read.status).toBe(200);
    expect((read.body as { entries: { action: string; actor: string }[] }).entries).toContainEqual(
      expect.objectContaining({ action: 'responses.read', actor: 'Cecilia Samordnare' }),
    );
    expect((await api.call('GET', '/api/programmes/alpha/audit', { as: PEOPLE.facilitator })).status).toBe(403);
    expect((await api.call('GET', '/api/programmes/alpha/audit', { as: PEOPLE.p1 })).status).toBe(403);
  });
});
