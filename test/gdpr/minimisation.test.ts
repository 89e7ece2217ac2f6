import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DashboardResponse } from '../../bot/src/api/contract';
import type { Session } from '../../bot/src/domain/model';
import { importProgramme } from '../../bot/src/programme-file/import-programme';
import { MIN_GROUP_SIZE } from '../../bot/src/reports/min-group';
import type { TableRole } from '../../bot/src/storage/table-names';
import { DEMO_FILE, IMPORT_NOW, PEOPLE, PROGRAMME_ID, runScenario, type Scenario } from './scenario';
import { STORAGES } from './storage-variants';
import { rowsMentioning, scanEverything, type ScannedRow } from './table-scan';

/**
 * Minimisation (issue 6, part 7): after a full scenario, every table is
 * scanned for data that should not be there. E-mail addresses live only on
 * roster enrolments and their index; names only on people and enrolment rows
 * (and where a coordinator typed one into programme content as an agenda
 * item's lead); answer text only in answers; none of it in the logs.
 */
const EMAIL = /[^\s@"'<>(),;:|\u0000]+@[^\s@"'<>(),;:|\u0000]+\.[a-z]{2,}/gi;

describe.each(STORAGES)('what a full scenario leaves in storage (%s)', (_name, makeRepos) => {
  let scenario: Scenario;
  let rows: ScannedRow[];
  beforeAll(async () => {
    scenario = await runScenario(await makeRepos());
    rows = await scanEverything(scenario.repos.tables);
  }, 60_000);
  afterAll(() => scenario.close());

  const roles = (found: ScannedRow[]) => [...new Set(found.map((r) => r.role))].sort();
  const enrolmentNames = () => rows.filter((r) => r.role === 'enrolments').map((r) => String(r.row.properties.displayName));

  it('keeps e-mail addresses only on roster enrolments and in the e-mail index', () => {
    const withEmail = rows.filter((r) => (r.text.match(EMAIL) ?? []).length > 0);
    expect(withEmail.length).toBeGreaterThanOrEqual(34); // 17 roster rows and their index rows
    expect(roles(withEmail)).toEqual<TableRole[]>(['enrolments', 'enrolmentsByEmail']);
    for (const r of withEmail.filter((r) => r.role === 'enrolments')) expect(r.row.properties.source).toBe('roster');
  });

  it('keeps display names only on people and enrolment rows, or where the programme names an agenda lead', async () => {
    const names = enrolmentNames();
    expect(names.length).toBeGreaterThanOrEqual(17);
    const loaded = (await scenario.repos.programmes.load(PROGRAMME_ID))!;
    const leads = new Set(loaded.sessions.flatMap((s: Session) => s.agenda.flatMap((a) => (a.lead ? [a.lead] : []))));
    for (const name of names) {
      const elsewhere = rowsMentioning(rows, [name]).filter((r) => r.role !== 'people' && r.role !== 'enrolments');
      if (leads.has(name)) expect(roles(elsewhere)).toEqual(['programmes']);
      else expect(elsewhere).toEqual([]);
    }
  });

  it('keeps answer text only where answers are kept: prompt answers and live answers', () => {
    const texts = [...scenario.answerTexts.values()].flat();
    expect(texts).toHaveLength(4);
    const prompt = texts.filter((text) => !text.endsWith('-live-word'));
    const live = texts.filter((text) => text.endsWith('-live-word'));
    expect(roles(rowsMentioning(rows, prompt))).toEqual(['answers']);
    expect(roles(rowsMentioning(rows, live))).toEqual(['live']);
  });

  it('writes no e-mail, name, answer text or object id of anyone into the logs', () => {
    const log = scenario.logs.join('\n').toLowerCase();
    expect(scenario.logs.length).toBeGreaterThan(3);
    const secrets = [
      ...Object.values(PEOPLE).flatMap((p) => [p.email, p.name, p.ref.objectId]),
      ...enrolmentNames(),
      ...[...scenario.answerTexts.values()].flat(),
    ];
    expect(secrets.filter((s) => log.includes(s.toLowerCase()))).toEqual([]);
    expect(log.match(EMAIL)).toBeNull();
  });

  it('keeps the e-mail on a matched roster enrolment, so a re-import of the roster does not enrol the person twice', async () => {
    const alexRows = rows.filter((r) => r.role === 'enrolments' && r.text.includes(PEOPLE.alex.email));
    expect(alexRows.map((r) => r.row.rowKey)).toEqual([`person|${PEOPLE.alex.key}`]);
    const text = await readFile(join(__dirname, '..', '..', DEMO_FILE), 'utf8');
    const report = await importProgramme(scenario.repos, text, { now: IMPORT_NOW, fileName: DEMO_FILE });
    expect(report.enrolments).toMatchObject({ created: 0 });
    const again = (await scenario.repos.enrolments.listByProgramme(PROGRAMME_ID)).filter((e) => e.email === PEOPLE.alex.email);
    expect(again).toHaveLength(1);
    expect(again[0].person).toEqual(PEOPLE.alex.ref);
  });

  it(`shows department figures in the dashboard only for groups of at least ${MIN_GROUP_SIZE}`, async () => {
    const res = await scenario.api.call('GET', `/api/programmes/${PROGRAMME_ID}/dashboard`, { as: PEOPLE.adele.ref });
    expect(res.status).toBe(200);
    const body = res.body as DashboardResponse;
    const sizes = new Map<string, number>();
    for (const e of await scenario.repos.enrolments.listByProgramme(PROGRAMME_ID)) {
      if (e.role === 'participant' && e.department) sizes.set(e.department, (sizes.get(e.department) ?? 0) + 1);
    }
    const large = [...sizes].filter(([, n]) => n >= MIN_GROUP_SIZE).map(([id]) => id);
    const small = [...sizes].filter(([, n]) => n < MIN_GROUP_SIZE).map(([id]) => id);
    expect(large.length).toBeGreaterThanOrEqual(1);
    expect(small.length).toBeGreaterThanOrEqual(1);
    expect(body.departments.map((d) => d.departmentId).sort()).toEqual(large.sort());
    expect(body.hiddenDepartments).toBe(small.length);
  });
});
