import { parse } from 'yaml';
import type { AdminCopyResponse, AdminErrorBody } from '../../bot/src/api/admin-contract';
import { parseProgrammeFile } from '../../bot/src/programme-file/parse-programme-file';
import { localToInstant } from '../../bot/src/domain/time';
import type { ApiHarness } from '../api/api-fixture';
import { adminHarness, NOW, PEOPLE } from './admin-fixture';

const coordinator = PEOPLE.coordinator;
let api: ApiHarness;

beforeEach(async () => {
  api = await adminHarness();
});

const FILE = `programme:
  id: delta
  name: { sv: Delta, en: Delta }
  timeZone: Europe/Stockholm
  joinCode: DELTA26
  departments:
    - { id: culture, name: { sv: Kultur, en: Culture } }
sessions:
  - number: 1
    title: { sv: Träff 1, en: Session 1 }
    start: 2026-03-26T09:00
    end: 2026-03-26T12:00
    agenda:
      - { start: "09:00", durationMinutes: 45, title: { sv: Start, en: Start } }
  - number: 2
    title: { sv: Träff 2, en: Session 2 }
    start: 2026-04-09T09:00
    end: 2026-04-09T12:00
prompts:
  - id: reflect
    kind: reflection
    afterSession: 1
    title: { sv: Reflektion, en: Reflection }
    text: { sv: Vad tar du med dig?, en: What do you take with you? }
    sendAt: 2026-03-26T13:00
    dueAt: 2026-04-02T17:00
    reminders: [2026-03-30T09:00]
    visibility: cohort
    questions:
      - { id: take, type: longText, label: { sv: Svar, en: Answer } }
roster:
  - { email: anna@example.org, name: Anna A, department: culture, role: coordinator }
  - { email: bo@example.org, name: Bo B, department: Kultur }
`;

const importFile = (text: string, extra: object = {}) =>
  api.call('POST', '/api/admin/programmes/import', { as: coordinator, body: { text, fileName: 'delta.yaml', ...extra } });
const exportFile = async (id: string) => {
  const res = await api.call('GET', `/api/admin/programmes/${id}/file`, { as: coordinator });
  expect(res.status).toBe(200);
  expect(res.headers['Content-Disposition']).toBe(`attachment; filename="${id}.yaml"`);
  return String(res.raw);
};

describe('import and export of the programme file', () => {
  it('reports every problem with path and line, like the CLI, and writes nothing', async () => {
    const broken = FILE.replace('durationMinutes: 45', 'durationMinutes: 0').replace(
      'Bo B, department: Kultur',
      'Bo B, department: culture',
    );
    const res = await importFile(broken);
    expect(res.status).toBe(400);
    const body = res.body as AdminErrorBody & { issues: { path: string; line: number; code: string }[] };
    expect(body.error.code).toBe('PROGRAMME_FILE_INVALID');
    expect(body.issues).toEqual([expect.objectContaining({ path: 'sessions[0].agenda[0].durationMinutes', code: 'tooSmall', line: 14 })]);
    expect(await api.repos.programmes.get('delta')).toBeUndefined();
  });

  it('exports what it imported: the file read back equals the file, and a second round trip is byte for byte the same', async () => {
    const valid = FILE.replace('department: Kultur', 'department: culture');
    const res = await importFile(valid);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ programmeId: 'delta', programme: 'created', enrolments: { created: 2 } });
    const audit = await api.repos.audit.listByProgramme('delta', { from: new Date('2026-01-01'), to: new Date('2027-01-01') });
    expect(audit.map((a) => a.target)).toEqual([expect.stringMatching(/^email#\w{16} new→coordinator$/)]);
    const exported = await exportFile('delta');
    const original = parseProgrammeFile(valid, { now: NOW });
    const back = parseProgrammeFile(exported, { now: NOW });
    expect(original.ok && back.ok).toBe(true);
    if (original.ok && back.ok) {
      const sortRoster = (b: typeof back.bundle) => ({ ...b, roster: [...b.roster].sort((x, y) => x.email.localeCompare(y.email)) });
      expect(sortRoster(back.bundle)).toEqual(sortRoster(original.bundle));
    }
    const again = await importFile(exported);
    expect(again.body).toMatchObject({ programme: 'unchanged', sessions: { unchanged: 2 }, prompts: { unchanged: 1 } });
    expect(await exportFile('delta')).toBe(exported);
    expect(parse(exported).roster).toHaveLength(2);
  });

  it('refuses the import of a programme the caller does not coordinate', async () => {
    const betaFile = (await exportFile('alpha')).replace(/^ {2}id: alpha$/m, '  id: beta').replace('JOINALPHA', 'JOINBETA');
    expect((await importFile(betaFile)).status).toBe(403);
  });
});

describe('copying a programme to run it again', () => {
  it('shifts every date by calendar days in the zone: wall-clock times stay across the DST change', async () => {
    const res = await api.call('POST', '/api/admin/programmes/alpha/copy', {
      as: coordinator,
      body: { newId: 'alpha-autumn', name: { sv: 'Alfa hösten', en: 'Alpha autumn' }, shift: { firstSessionDate: '2026-10-01' } },
    });
    expect(res.status).toBe(201);
    const copy = res.body as AdminCopyResponse;
    const days = copy.shiftedDays;
    expect(days).toBe(210); // 2026-03-05 → 2026-10-01
    const original = (await api.repos.programmes.load('alpha'))!;
    const zone = original.programme.timeZone;
    const expectShifted = (before: string, after: string) => {
      expect(after.slice(11)).toBe(before.slice(11));
      expect(localToInstant(after, zone).startOf('day').diff(localToInstant(before, zone).startOf('day'), 'days').days).toBe(days);
    };
    original.sessions.forEach((s, i) => {
      expectShifted(s.start, copy.sessions[i].start);
      expectShifted(s.end, copy.sessions[i].end);
    });
    for (const p of original.prompts) {
      const shifted = copy.prompts.find((q) => q.id === p.id)!;
      expectShifted(p.sendAt, shifted.sendAt);
      expectShifted(p.dueAt, shifted.dueAt);
      p.reminders.forEach((r, j) => expectShifted(r, shifted.reminders[j]));
    }
    // 09:00 in March is UTC+1, in October UTC+2: the instant moved by 210 days less an hour.
    expect(localToInstant(copy.sessions[0].start, zone).toUTC().toISO()).toBe('2026-10-01T07:00:00.000Z');
    expect(copy.programme.joinCode).not.toBe(original.programme.joinCode);
    expect((await api.repos.enrolments.listByProgramme('alpha-autumn')).map((e) => e.role)).toEqual(['coordinator']);
  });

  it('refuses a copy onto an existing id', async () => {
    const res = await api.call('POST', '/api/admin/programmes/alpha/copy', {
      as: coordinator,
      body: { newId: 'beta', name: { sv: 'X', en: 'X' }, shift: { days: 7 } },
    });
    expect(res.status).toBe(409);
  });
});
