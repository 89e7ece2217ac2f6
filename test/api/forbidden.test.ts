import type { HttpMethod } from '../../bot/src/api/routes';
import type { PersonRef } from '../../bot/src/domain/identity';
import { apiHarness, AUDIT_RANGE, PEOPLE, seed, type ApiHarness } from './api-fixture';

/**
 * 403 for every cross-role request. Decisions: the dashboard, the exports and
 * the audit log are for coordinators only; facilitators read responses.
 */
let api: ApiHarness;

beforeAll(async () => {
  api = await apiHarness();
  await seed(api.repos);
});

const EXPORTS = ['responses.csv', 'responses.xlsx', 'participation.csv', 'participation.xlsx'].map(
  (file) => ['GET', `/api/programmes/alpha/export/${file}`] as [HttpMethod, string],
);
const STAFF_ONLY: [HttpMethod, string][] = [['GET', '/api/programmes/alpha/responses']];
const COORDINATOR_ONLY: [HttpMethod, string][] = [
  ['GET', '/api/programmes/alpha/dashboard'],
  ['GET', '/api/programmes/alpha/audit'],
  ...EXPORTS,
];
const ANY_ROLE: [HttpMethod, string][] = [
  ['GET', '/api/programmes/alpha'],
  ['GET', '/api/programmes/alpha/my-prompts'],
  ['GET', '/api/programmes/alpha/shared'],
];

const cases: [string, PersonRef, [HttpMethod, string][]][] = [
  ['a participant', PEOPLE.p1, [...STAFF_ONLY, ...COORDINATOR_ONLY]],
  ['a facilitator', PEOPLE.facilitator, COORDINATOR_ONLY],
  ['the coordinator of another programme', PEOPLE.betaCoordinator, [...ANY_ROLE, ...STAFF_ONLY, ...COORDINATOR_ONLY]],
  ['a participant of another programme', PEOPLE.betaParticipant, [...ANY_ROLE, ...STAFF_ONLY, ...COORDINATOR_ONLY]],
  ['someone enrolled nowhere', PEOPLE.stranger, [...ANY_ROLE, ...STAFF_ONLY, ...COORDINATOR_ONLY]],
];

describe('403: each role is refused what it may not see', () => {
  it.each(cases)('%s gets 403 FORBIDDEN', async (_who, person, routes) => {
    for (const [method, path] of routes) {
      const res = await api.call(method, path, { as: person });
      expect([path, res.status, (res.body as { error?: { code?: string } })?.error?.code]).toEqual([path, 403, 'FORBIDDEN']);
    }
  });

  it('lets each role through where it may go', async () => {
    const allowed: [PersonRef, [HttpMethod, string][]][] = [
      [PEOPLE.p1, ANY_ROLE],
      [PEOPLE.facilitator, [...ANY_ROLE, ...STAFF_ONLY]],
      [PEOPLE.coordinator, [...ANY_ROLE, ...STAFF_ONLY, ...COORDINATOR_ONLY]],
    ];
    for (const [person, routes] of allowed) {
      for (const [method, path] of routes) expect([path, (await api.call(method, path, { as: person })).status]).toEqual([path, 200]);
    }
  });

  it('refuses answering from the tab to staff and to people of other programmes', async () => {
    for (const person of [PEOPLE.facilitator, PEOPLE.coordinator, PEOPLE.betaParticipant, PEOPLE.stranger]) {
      const res = await api.call('PUT', '/api/programmes/alpha/prompts/cohort/answer', { as: person, body: { inputs: { text: 'hej' } } });
      expect(res.status).toBe(403);
    }
    expect(await api.repos.answers.get('alpha', 'cohort', PEOPLE.betaParticipant)).toBeUndefined();
  });

  it('answers 403, not 404, for a programme that does not exist, so ids cannot be probed', async () => {
    expect((await api.call('GET', '/api/programmes/no-such-programme', { as: PEOPLE.coordinator })).status).toBe(403);
  });

  it('writes no audit row for a refused request', async () => {
    const before = await api.repos.audit.listByProgramme('alpha', AUDIT_RANGE);
    await api.call('GET', '/api/programmes/alpha/export/responses.csv', { as: PEOPLE.facilitator });
    await api.call('GET', '/api/programmes/alpha/responses', { as: PEOPLE.p1 });
    const after = await api.repos.audit.listByProgramme('alpha', AUDIT_RANGE);
    expect(after).toHaveLength(before.length);
  });
});
