import type { AdminErrorBody, AdminPeopleResponse, RosterApplyResponse, RosterPreviewResponse } from '../../bot/src/api/admin-contract';
import { toXlsx } from '../../bot/src/reports/xlsx';
import type { ApiHarness } from '../api/api-fixture';
import { adminHarness, AUDIT_RANGE, PEOPLE } from './admin-fixture';

const coordinator = PEOPLE.coordinator;
let api: ApiHarness;

beforeEach(async () => {
  api = await adminHarness();
  // Pia's enrolment gets her e-mail, as a matched roster row has.
  const pia = (await api.repos.enrolments.listByPerson(PEOPLE.p1))[0];
  await api.repos.enrolments.put({ ...pia, email: 'pia@example.org' });
});

const CSV = [
  'E-post;Namn;Förvaltning;Roll',
  'nils@example.org;Nils Ny;Stora;deltagare',
  'pia@example.org;Pia Ett;big;kursledare',
  'not-an-email;Utan Adress;big;',
  'olle@example.org;;okänd;chef',
  'nils@example.org;Nils Igen;small;participant',
].join('\r\n');

const preview = (body: object) => api.call('POST', '/api/admin/programmes/alpha/roster/preview', { as: coordinator, body });
const apply = (body: object) => api.call('POST', '/api/admin/programmes/alpha/roster/apply', { as: coordinator, body });
const snapshot = async () => JSON.stringify(await api.repos.enrolments.listByProgramme('alpha'));

describe('roster upload', () => {
  it('previews every row with its errors in both languages and writes nothing', async () => {
    const before = await snapshot();
    const res = await preview({ kind: 'csv', content: CSV });
    expect(res.status).toBe(200);
    const { rows, counts } = res.body as RosterPreviewResponse;
    expect(rows.map((r) => [r.row, r.status])).toEqual([
      [2, 'new'],
      [3, 'changed'],
      [4, 'error'],
      [5, 'error'],
      [6, 'error'],
    ]);
    expect(rows[0]).toMatchObject({ email: 'nils@example.org', department: 'big', role: 'participant' });
    expect(rows[1]).toMatchObject({ changes: ['role'], previousRole: 'participant', role: 'facilitator' });
    expect(rows[2].errors!.map((e) => [e.column, e.code])).toEqual([['email', 'invalidEmail']]);
    expect(rows[3].errors!.map((e) => [e.column, e.code]).sort()).toEqual([
      ['department', 'unknownDepartment'],
      ['name', 'required'],
      ['role', 'unknownRole'],
    ]);
    expect(rows[4].errors).toEqual([expect.objectContaining({ column: 'email', code: 'duplicateEmail' })]);
    expect(rows[3].errors!.find((e) => e.column === 'role')!.message).toEqual({
      sv: 'Okänd roll "chef". Skriv deltagare, kursledare eller samordnare.',
      en: 'Unknown role "chef". Write participant, facilitator or coordinator.',
    });
    expect(counts).toEqual({ new: 1, changed: 1, unchanged: 0, error: 3, notInFile: 0 });
    expect(await snapshot()).toBe(before);
  });

  it('refuses to apply a file with errors, and writes nothing', async () => {
    const before = await snapshot();
    const { previewToken } = (await preview({ kind: 'csv', content: CSV })).body as RosterPreviewResponse;
    const res = await apply({ kind: 'csv', content: CSV, previewToken });
    expect(res.status).toBe(400);
    expect((res.body as AdminErrorBody).error.code).toBe('ROSTER_HAS_ERRORS');
    expect(await snapshot()).toBe(before);
  });

  it('applies exactly what the preview showed, from an Excel file, and audits the role change', async () => {
    const xlsx = await toXlsx([
      {
        name: 'Deltagare',
        headers: ['email', 'name', 'department', 'role', 'language'],
        rows: [
          ['nils@example.org', 'Nils Ny', 'Small', 'participant', 'en'],
          ['pia@example.org', 'Pia Ett', 'big', 'facilitator', undefined],
          ['kim@example.org', 'Kim Kod', 'big', 'samordnare', 'sv'],
        ],
      },
    ]);
    const body = { kind: 'xlsx', content: xlsx.toString('base64') };
    const shown = (await preview(body)).body as RosterPreviewResponse;
    expect(shown.rows.map((r) => [r.email, r.status])).toEqual([
      ['nils@example.org', 'new'],
      ['pia@example.org', 'changed'],
      ['kim@example.org', 'new'],
    ]);
    const res = await apply({ ...body, previewToken: shown.previewToken });
    expect(res.status).toBe(200);
    expect((res.body as RosterApplyResponse).written).toBe(3);

    const after = await api.repos.enrolments.listByProgramme('alpha');
    const byEmail = (email: string) => after.find((e) => e.email === email);
    expect(byEmail('nils@example.org')).toMatchObject({ role: 'participant', department: 'small', language: 'en', displayName: 'Nils Ny' });
    expect(byEmail('pia@example.org')).toMatchObject({ role: 'facilitator', person: PEOPLE.p1 });
    expect(byEmail('kim@example.org')).toMatchObject({ role: 'coordinator', source: 'roster' });
    expect(after).toHaveLength(9 + 2);
    // A second preview of the same file now shows nothing to do.
    expect(((await preview(body)).body as RosterPreviewResponse).counts).toMatchObject({ new: 0, changed: 0, unchanged: 3 });

    const audit = await api.repos.audit.listByProgramme('alpha', AUDIT_RANGE);
    expect(audit.map((a) => [a.action, a.target]).sort()).toEqual(
      [
        ['role.change', `${PEOPLE.p1.tenantId}|${PEOPLE.p1.objectId} participant→facilitator`],
        ['role.change', expect.stringMatching(/^email#[0-9a-f]{16} new→coordinator$/)],
      ].sort(),
    );
    expect(JSON.stringify(audit)).not.toContain('@example.org');
  });

  it('refuses an apply whose token no longer matches what would be written', async () => {
    const content = 'email,name,department\nnils@example.org,Nils Ny,big\n';
    const { previewToken } = (await preview({ kind: 'csv', content })).body as RosterPreviewResponse;
    const res = await apply({ kind: 'csv', content: content.replace('Nils Ny', 'Nils Annan'), previewToken });
    expect(res.status).toBe(409);
    expect((res.body as AdminErrorBody).error.code).toBe('ROSTER_PREVIEW_STALE');
    expect((await api.repos.enrolments.listByEmail('nils@example.org')).length).toBe(0);
  });

  it('reports a missing column on the header row', async () => {
    const { rows } = (await preview({ kind: 'csv', content: 'email,namn\na@example.org,A\n' })).body as RosterPreviewResponse;
    expect(rows).toEqual([
      expect.objectContaining({
        row: 1,
        status: 'error',
        errors: [expect.objectContaining({ column: 'department', code: 'missingColumn' })],
      }),
    ]);
  });
});

describe('people of a programme', () => {
  const people = async () =>
    ((await api.call('GET', '/api/admin/programmes/alpha/people', { as: coordinator })).body as AdminPeopleResponse).people;

  it('changes a role and records it in the audit log', async () => {
    const per = (await people()).find((p) => p.displayName === 'Per Två')!;
    const res = await api.call('PUT', `/api/admin/programmes/alpha/people/${per.key}/role`, {
      as: coordinator,
      body: { role: 'facilitator' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ previousRole: 'participant', person: { role: 'facilitator' } });
    expect((await api.repos.enrolments.listByPerson(PEOPLE.p2))[0].role).toBe('facilitator');
    const audit = await api.repos.audit.listByProgramme('alpha', AUDIT_RANGE);
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'role.change',
        actor: `${coordinator.tenantId}|${coordinator.objectId}`,
        target: `${PEOPLE.p2.tenantId}|${PEOPLE.p2.objectId} participant→facilitator`,
      }),
    ]);
  });

  it('removes a person and a waiting roster row, audited, and keeps the last coordinator', async () => {
    await api.repos.enrolments.put({
      programmeId: 'alpha',
      role: 'participant',
      displayName: 'Väntande',
      email: 'wait@example.org',
      source: 'roster',
      enrolledAt: '2026-03-01T00:00:00Z',
    });
    const list = await people();
    for (const name of ['Pål Tre', 'Väntande']) {
      const key = list.find((p) => p.displayName === name)!.key;
      expect((await api.call('DELETE', `/api/admin/programmes/alpha/people/${key}`, { as: coordinator })).status).toBe(204);
    }
    expect(await api.repos.enrolments.listByPerson(PEOPLE.p3)).toEqual([]);
    expect(await api.repos.enrolments.listByEmail('wait@example.org')).toEqual([]);
    expect((await people()).map((p) => p.displayName)).not.toEqual(expect.arrayContaining(['Pål Tre']));
    const targets = (await api.repos.audit.listByProgramme('alpha', AUDIT_RANGE)).map((a) => a.target);
    expect(targets).toEqual(
      expect.arrayContaining([
        `${PEOPLE.p3.tenantId}|${PEOPLE.p3.objectId} participant→removed`,
        expect.stringMatching(/^email#\w+ participant→removed$/),
      ]),
    );

    const me = list.find((p) => p.displayName === 'Cecilia Samordnare')!.key;
    const last = await api.call('DELETE', `/api/admin/programmes/alpha/people/${me}`, { as: coordinator });
    expect(last.status).toBe(409);
    expect((last.body as AdminErrorBody).error.code).toBe('LAST_COORDINATOR');
    expect(
      (await api.call('PUT', `/api/admin/programmes/alpha/people/${me}/role`, { as: coordinator, body: { role: 'participant' } })).status,
    ).toBe(409);
  });
});
