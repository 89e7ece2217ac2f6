import { resolveSubject } from '../../bot/src/gdpr/resolve-subject';
import { exportPerson } from '../../bot/src/gdpr/export-person';
import { TABLES } from '../../bot/src/storage/table-names';
import { PEOPLE, runScenario, type Scenario } from './scenario';
import { STORAGES } from './storage-variants';
import { rowId, rowsMentioning, scanEverything } from './table-scan';

/**
 * Art. 15, proved: what `exportPerson` gives equals a full scan of every
 * table filtered on the person's object id, person key or e-mail appearing
 * anywhere in a row (keys or values).
 */
describe.each(STORAGES)('export of a person after a full scenario (%s)', (_name, makeRepos) => {
  let scenario: Scenario;
  beforeAll(async () => {
    scenario = await runScenario(await makeRepos());
  }, 60_000);
  afterAll(() => scenario.close());

  const exportedIds = async (query: Parameters<typeof resolveSubject>[1]) => {
    const subject = (await resolveSubject(scenario.repos.tables, query))!;
    const data = await exportPerson(scenario.repos.tables, subject, { now: scenario.now(), locale: 'en' });
    return { data, ids: data.tables.flatMap((t) => t.rows.map((row) => rowId(t.role, row))).sort() };
  };

  it.each([
    ['a participant who answered, got messages and downloaded their data', 'alex'],
    ['a participant whose data a coordinator exported', 'isaiah'],
    ['the coordinator who read and exported responses', 'adele'],
  ] as const)('equals a full scan for %s', async (_what, who) => {
    const p = PEOPLE[who];
    const { data, ids } = await exportedIds({ person: p.ref });
    const scanned = rowsMentioning(await scanEverything(scenario.repos.tables), [p.ref.objectId, p.key, p.email])
      .map((r) => rowId(r.role, r.row))
      .sort();
    expect(scanned.length).toBeGreaterThan(5);
    expect(ids).toEqual(scanned);
    expect(data.tables.map((t) => t.role)).toEqual(Object.keys(TABLES));
  });

  it('finds the same person by e-mail as by object id', async () => {
    const byEmail = await exportedIds({ email: 'ALEXW@example.com' });
    const byPerson = await exportedIds({ person: PEOPLE.alex.ref });
    expect(byEmail.ids).toEqual(byPerson.ids);
    expect(byEmail.data.subject).toEqual({ ...PEOPLE.alex.ref, emails: [PEOPLE.alex.email] });
  });

  it('equals a full scan for someone on the roster who never installed the app (known by e-mail only)', async () => {
    const email = 'sara.lindqvist@example.com';
    const { data, ids } = await exportedIds({ email });
    const scanned = rowsMentioning(await scanEverything(scenario.repos.tables), [email])
      .map((r) => rowId(r.role, r.row))
      .sort();
    expect(scanned).toHaveLength(2); // the waiting roster row and its e-mail index row
    expect(ids).toEqual(scanned);
    expect(data.subject).toEqual({ emails: [email] });
  });

  it('holds every kind of row the scenario wrote about a participant', async () => {
    const { data } = await exportedIds({ person: PEOPLE.alex.ref });
    const counts = Object.fromEntries(data.tables.map((t) => [t.role, t.rows.length]));
    expect(counts).toMatchObject({ enrolments: 1, enrolmentsByPerson: 1, enrolmentsByEmail: 1, people: 1, conversations: 1, answers: 1 });
    expect(counts.deliveries).toBeGreaterThanOrEqual(3); // two prompts and a reminder
    expect(counts.audit).toBeGreaterThanOrEqual(1); // their own download
    expect(counts.programmes + counts.joinCodes + counts.leases).toBe(0);
  });
});
