import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RosterApplyResponse, RosterPreviewResponse } from '../../bot/src/api/admin-contract';
import { adminRoutes } from '../../bot/src/api/admin-routes';
import type { ApiRoute } from '../../bot/src/api/routes';
import { silentLogger } from '../../bot/src/logger';
import { createAdapter } from '../../bot/src/teams/adapter';
import { createTeamMembersSource } from '../../bot/src/teams/team-members';
import type { ApiHarness } from '../api/api-fixture';
import { adminHarness, AUDIT_RANGE, NOW, PEOPLE } from './admin-fixture';

/**
 * Enrolment from a Teams team over a real CloudAdapter (anonymous) and a
 * tiny connector fake on loopback that serves only
 * `GET /v3/conversations/{teamId}/pagedmembers`, two members a page.
 */
const TEAM = '19:abc@thread.tacv2';
const MEMBERS = [
  { id: '29:1', name: 'Ada L', aadObjectId: 'a1', email: 'ada@example.org', userPrincipalName: 'ada@example.org' },
  { id: '29:2', name: 'Bo B', aadObjectId: 'b2', userPrincipalName: 'bo@example.org' },
  { id: '29:3', name: 'Pia Ett', aadObjectId: 'c3', email: 'pia@example.org' },
];

let server: Server;
let serviceUrl: string;
const requested: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requested.push(`${req.method} ${decodeURIComponent(url.pathname)}?${url.searchParams.toString()}`);
    if (req.method !== 'GET' || decodeURIComponent(url.pathname) !== `/v3/conversations/${TEAM}/pagedmembers`) {
      // No chaining: restify, loaded by other suites in the same worker, patches writeHead to return nothing.
      res.writeHead(404);
      res.end();
      return;
    }
    const start = Number(url.searchParams.get('continuationToken') ?? '0');
    const page = {
      members: MEMBERS.slice(start, start + 2),
      ...(start + 2 < MEMBERS.length ? { continuationToken: String(start + 2) } : {}),
    };
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(page));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  serviceUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

let api: ApiHarness;
let route: ApiRoute;

beforeEach(async () => {
  api = await adminHarness();
  await api.repos.conversations.save({
    person: PEOPLE.coordinator,
    serviceUrl,
    conversationId: 'a:personal',
    channelId: 'msteams',
    botId: '28:bot',
    userId: '29:coordinator',
    locale: 'sv',
    updatedAt: NOW.toISOString(),
  });
  const pia = (await api.repos.enrolments.listByPerson(PEOPLE.p1))[0];
  await api.repos.enrolments.put({ ...pia, email: 'pia@example.org' });
  const teamMembers = createTeamMembersSource({
    adapter: createAdapter({}, silentLogger()),
    serviceUrlPolicy: { production: false },
    pageSize: 2,
  });
  const deps = {
    repos: api.repos,
    clock: () => NOW,
    logger: silentLogger(),
    auth: { validator: { validate: async () => PEOPLE.coordinator } },
  };
  route = adminRoutes(deps as never, { teamMembers }).find((r) => r.path.endsWith('/roster/from-team'))!;
});

const call = (body: object) =>
  route.handler({ method: 'POST', path: '', params: { programmeId: 'alpha' }, query: {}, headers: { authorization: 'Bearer x' }, body });

describe('enrolment from a Teams team', () => {
  it('previews the members of every page, then applies exactly that', async () => {
    const preview = (await call({ teamId: TEAM, department: 'big' })).body as RosterPreviewResponse;
    expect(requested.filter((r) => r.includes('pagedmembers'))).toHaveLength(2);
    expect(preview.rows.map((r) => [r.email, r.status])).toEqual([
      ['ada@example.org', 'new'],
      ['bo@example.org', 'new'],
      ['pia@example.org', 'unchanged'],
    ]);
    expect(await api.repos.enrolments.listByEmail('ada@example.org')).toEqual([]);

    const applied = (await call({ teamId: TEAM, department: 'big', previewToken: preview.previewToken })).body as RosterApplyResponse;
    expect(applied.written).toBe(2);
    expect((await api.repos.enrolments.listByEmail('bo@example.org'))[0]).toMatchObject({
      displayName: 'Bo B',
      role: 'participant',
      department: 'big',
    });
    expect(await api.repos.audit.listByProgramme('alpha', AUDIT_RANGE)).toEqual([]);
  });

  it('answers 501 when no team member lookup is configured', async () => {
    const plain = api.routes.find((r) => r.path.endsWith('/roster/from-team'))!;
    const res = await api.call(plain.method, '/api/admin/programmes/alpha/roster/from-team', {
      as: PEOPLE.coordinator,
      body: { teamId: TEAM, department: 'big' },
    });
    expect(res.status).toBe(501);
  });
});
