import type { AdminProgrammeListResponse } from '../../bot/src/api/admin-contract';
import type { PersonRef } from '../../bot/src/domain/identity';
import type { ApiHarness } from '../api/api-fixture';
import { adminHarness, PEOPLE } from './admin-fixture';

let api: ApiHarness;
let before: string;

beforeAll(async () => {
  api = await adminHarness();
  before = await state();
});

async function state(): Promise<string> {
  const [programmes, enrolments, audit] = await Promise.all([
    api.repos.programmes.load('alpha'),
    api.repos.enrolments.listByProgramme('alpha'),
    api.repos.answers.listByPrompt('alpha', 'cohort'),
  ]);
  return JSON.stringify({ programmes, enrolments, audit, list: await api.repos.programmes.list() });
}

const OUTSIDERS: [string, PersonRef][] = [
  ['a participant', PEOPLE.p1],
  ['a facilitator', PEOPLE.facilitator],
  ['a coordinator of another programme', PEOPLE.betaCoordinator],
  ['a stranger', PEOPLE.stranger],
];

const programmeRoutes = () => api.routes.filter((r) => r.path.startsWith('/api/admin/programmes/:programmeId'));

describe('admin routes of a programme', () => {
  it('covers every admin route of a programme', () => {
    expect(programmeRoutes()).toHaveLength(15);
  });

  it.each(OUTSIDERS)('answer 403 to %s on every route, and change nothing', async (_who, person) => {
    for (const route of programmeRoutes()) {
      const path = route.path
        .replace(':programmeId', 'alpha')
        .replace(':promptId', 'cohort')
        .replace(':key', 'cC0xMTExMTExMS0yMjIyLTMzMzMtNDQ0NC01NTU1NTU1NTU1NTV8MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAy');
      const res = await api.call(route.method, path, {
        as: person,
        body: { role: 'coordinator', kind: 'csv', content: 'email,name,department\n' },
      });
      expect([route.method, route.path, res.status, (res.body as { error?: { code?: string } }).error?.code]).toEqual([
        route.method,
        route.path,
        403,
        'FORBIDDEN',
      ]);
    }
    expect(await state()).toBe(before);
  });

  it('answers 401 without a token', async () => {
    for (const route of api.routes.filter((r) => r.path.startsWith('/api/admin'))) {
      const res = await api.call(route.method, route.path.replace(':programmeId', 'alpha').replace(':promptId', 'x').replace(':key', 'x'));
      expect([route.path, res.status]).toEqual([route.path, 401]);
    }
  });
});

describe('creating programmes', () => {
  it.each([
    ['a participant', PEOPLE.p1],
    ['a facilitator', PEOPLE.facilitator],
  ])('is refused to %s, whose list is empty', async (_who, person) => {
    const create = await api.call('POST', '/api/admin/programmes', {
      as: person,
      body: { id: 'mine', name: { sv: 'M', en: 'M' }, departments: [{ id: 'd', name: { sv: 'D', en: 'D' } }] },
    });
    expect(create.status).toBe(403);
    const list = (await api.call('GET', '/api/admin/programmes', { as: person })).body as AdminProgrammeListResponse;
    expect(list).toEqual({ programmes: [], mayCreate: false });
    const file = 'programme: { id: mine }\n';
    const imported = await api.call('POST', '/api/admin/programmes/import', { as: person, body: { text: file } });
    expect(imported.status).toBe(400); // the file is checked first; a valid one would be 403 (see programme-file.test.ts)
    expect(await api.repos.programmes.get('mine')).toBeUndefined();
  });
});
