import JSZip from 'jszip';
import type { AuditResponse, DashboardResponse, ResponsesResponse } from '../../bot/src/api/contract';
import { personKey } from '../../bot/src/domain/identity';
import { ANONYMOUS_TEXT, apiHarness, AUDIT_RANGE, PEOPLE, seed, SECRET, type ApiHarness } from './api-fixture';

let api: ApiHarness;

beforeAll(async () => {
  api = await apiHarness();
  await seed(api.repos);
});

describe('a facilitator reading responses', () => {
  it('sees every answer with names, anonymous ones without names, ids or times, and summaries', async () => {
    const res = await api.call('GET', '/api/programmes/alpha/responses', { as: PEOPLE.facilitator });
    const body = res.body as ResponsesResponse;
    const text = JSON.stringify(body);
    expect(text).toContain(SECRET);
    for (const p of Object.values(PEOPLE)) expect(text).not.toContain(p.objectId);

    const privateOne = body.prompts.find((p) => p.id === 'private')!;
    expect(privateOne.rows.find((r) => r.answered)).toMatchObject({
      respondent: { displayName: 'Pia Ett', department: 'big' },
      answers: { text: SECRET },
    });
    expect(privateOne.rows.filter((r) => !r.answered)).toHaveLength(6);

    const anonymous = body.prompts.find((p) => p.id === 'anonymous')!;
    expect(anonymous.rows).toHaveLength(2);
    for (const row of anonymous.rows) expect(Object.keys(row).sort()).toEqual(['answered', 'answers']);
    expect(anonymous.summaries[1]).toMatchObject({ type: 'rating', answered: 2, average: 3.5 });
  });

  it('filters by session, prompt, department and answered', async () => {
    const query = { prompt: 'cohort', department: 'big', answered: 'false' };
    const body = (await api.call('GET', '/api/programmes/alpha/responses', { as: PEOPLE.facilitator, query })).body as ResponsesResponse;
    expect(body.prompts.map((p) => p.id)).toEqual(['cohort']);
    expect(body.prompts[0].rows.map((r) => r.respondent?.displayName)).toEqual([
      'Deltagare 4',
      'Deltagare 5',
      'Deltagare 6',
      'Deltagare 7',
    ]);
    expect(body.prompts[0]).toMatchObject({ expected: 6, answered: 2 });
    const session2 = (await api.call('GET', '/api/programmes/alpha/responses', { as: PEOPLE.facilitator, query: { session: '2' } }))
      .body as ResponsesResponse;
    expect(session2.prompts).toEqual([]);
  });

  it('withholds anonymous answers filtered to a department smaller than five', async () => {
    const query = { prompt: 'anonymous', department: 'small' };
    const body = (await api.call('GET', '/api/programmes/alpha/responses', { as: PEOPLE.facilitator, query })).body as ResponsesResponse;
    expect(body.prompts[0]).toMatchObject({ withheld: 'smallGroup', rows: [], summaries: [] });
    expect(JSON.stringify(body)).not.toContain(ANONYMOUS_TEXT);
  });

  it('refuses a malformed filter', async () => {
    expect(
      (await api.call('GET', '/api/programmes/alpha/responses', { as: PEOPLE.facilitator, query: { answered: 'maybe' } })).status,
    ).toBe(400);
  });

  it('leaves an audit row per read with the filter, never content', async () => {
    const rows = await api.repos.audit.listByProgramme('alpha', AUDIT_RANGE);
    const reads = rows.filter((r) => r.action === 'responses.read' && r.actor === personKey(PEOPLE.facilitator));
    expect(reads.map((r) => r.target)).toEqual(expect.arrayContaining(['all', 'promptId=cohort department=big answered=false']));
    expect(JSON.stringify(rows)).not.toContain(SECRET);
  });
});

describe('a coordinator', () => {
  it('sees participation per session, prompt and department, with small departments hidden', async () => {
    const body = (await api.call('GET', '/api/programmes/alpha/dashboard', { as: PEOPLE.coordinator })).body as DashboardResponse;
    expect(body.enrolled).toEqual({ participants: 7, facilitators: 1, coordinators: 1, notYetSignedIn: 0 });
    expect(body.prompts.find((p) => p.promptId === 'cohort')).toMatchObject({ expected: 7, answered: 2, rate: 0.286 });
    expect(body.prompts.find((p) => p.promptId === 'cohort')!.nonResponders.map((n) => n.displayName)).not.toContain('Pia Ett');
    expect(body.departments.map((d) => d.departmentId)).toEqual(['big']);
    expect(body.hiddenDepartments).toBe(1);
    expect(body.deliveryAvailable).toBe(true);
    expect(JSON.stringify(body)).not.toContain(SECRET);
  });

  it('downloads responses as CSV with a BOM and an attachment name, and leaves an audit row', async () => {
    const res = await api.call('GET', '/api/programmes/alpha/export/responses.csv', { as: PEOPLE.coordinator, query: { lang: 'en' } });
    expect(res.status).toBe(200);
    expect(res.headers['Content-Type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['Content-Disposition']).toMatch(/^attachment; filename="alpha-responses-2026-03-12\.csv"/);
    const csv = (res.raw as Buffer).toString('utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('Session,Assignment,Visibility,Question,Name,Department,Answered,Answer');
    expect(csv).toContain(`Pia Ett,Big,2026-03-06 09:00,${SECRET}`);
    expect(csv).toContain(`(anonymous),,,${ANONYMOUS_TEXT}`);
    expect(csv).not.toContain('Pål Tre');
    const rows = await api.repos.audit.listByProgramme('alpha', AUDIT_RANGE);
    expect(rows.find((r) => r.target === 'responses.csv')).toMatchObject({
      action: 'export.responses',
      actor: personKey(PEOPLE.coordinator),
    });
  });

  it('downloads participation as a workbook that opens', async () => {
    const res = await api.call('GET', '/api/programmes/alpha/export/participation.xlsx', { as: PEOPLE.coordinator });
    expect(res.headers['Content-Disposition']).toMatch(/filename="alpha-deltagande-2026-03-12\.xlsx"/);
    const zip = await JSZip.loadAsync(res.raw as Buffer);
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).toContain('>Namn<');
    expect(sheet).toContain('>Pia Ett<');
    expect(await zip.file('xl/workbook.xml')!.async('string')).toContain('name="Deltagande"');
  });

  it('reads the audit log with names for people in the programme', async () => {
    const body = (await api.call('GET', '/api/programmes/alpha/audit', { as: PEOPLE.coordinator })).body as AuditResponse;
    expect(body.entries.length).toBeGreaterThan(0);
    expect(body.entries.map((e) => e.actor)).toContain('Cecilia Samordnare');
    for (const p of Object.values(PEOPLE)) expect(JSON.stringify(body)).not.toContain(p.objectId);
  });
});
