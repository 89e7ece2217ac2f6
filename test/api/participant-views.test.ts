import type { MeResponse, MyPromptsResponse, ProgrammeResponse, SharedResponse } from '../../bot/src/api/contract';
import { ANONYMOUS_TEXT, apiHarness, AUDIT_RANGE, PEOPLE, seed, SECRET, type ApiHarness } from './api-fixture';

/** What a participant sees: their programme, their own answers, what the cohort shared; never another person's private answer. */
let api: ApiHarness;
const objectIds = Object.values(PEOPLE).map((p) => p.objectId);

beforeAll(async () => {
  api = await apiHarness();
  await seed(api.repos);
});

describe('a participant', () => {
  it('sees their programmes and role in /api/me', async () => {
    const me = (await api.call('GET', '/api/me', { as: PEOPLE.p1 })).body as MeResponse;
    expect(me.person.displayName).toBe('Pia Ett');
    expect(me.enrolments).toEqual([
      { programmeId: 'alpha', programmeName: { sv: 'Program alpha', en: 'Programme alpha' }, role: 'participant', department: 'big' },
    ]);
  });

  it('sees the sessions with agenda, local times, instants and status', async () => {
    const res = await api.call('GET', '/api/programmes/alpha', { as: PEOPLE.p1 });
    const body = res.body as ProgrammeResponse;
    expect(res.headers['Cache-Control']).toBe('no-store');
    expect(body.myRole).toBe('participant');
    expect(body.sessions[0]).toMatchObject({
      number: 1,
      start: { local: '2026-03-05T09:00', at: '2026-03-05T08:00:00.000Z' },
      status: 'ended',
      agenda: [{ start: '09:00', startsAt: '2026-03-05T08:00:00.000Z', durationMinutes: 30 }],
    });
    expect(body.sessions[1].status).toBe('upcoming');
    expect(JSON.stringify(body)).not.toContain('joinCode');
  });

  it('sees the sent prompts with only their own answers, editable while open', async () => {
    const body = (await api.call('GET', '/api/programmes/alpha/my-prompts', { as: PEOPLE.p1 })).body as MyPromptsResponse;
    expect(body.prompts.map((p) => [p.id, p.status, p.editable, p.answer?.answers.text])).toEqual([
      ['closed', 'closed', false, undefined],
      ['anonymous', 'open', true, undefined],
      ['cohort', 'open', true, 'Pia delar med sig'],
      ['private', 'open', true, SECRET],
    ]);
    const other = (await api.call('GET', '/api/programmes/alpha/my-prompts', { as: PEOPLE.p2 })).body as MyPromptsResponse;
    expect(JSON.stringify(other)).not.toContain(SECRET);
    expect(JSON.stringify(other)).not.toContain('Pia delar');
  });

  it('sees cohort answers with names, anonymous ones without any name or id, and no private prompt', async () => {
    const res = await api.call('GET', '/api/programmes/alpha/shared', { as: PEOPLE.p2 });
    const body = res.body as SharedResponse;
    const text = JSON.stringify(body);
    expect(body.prompts.map((p) => p.promptId).sort()).toEqual(['anonymous', 'closed', 'cohort']);
    expect(text).not.toContain(SECRET);
    for (const id of objectIds) expect(text).not.toContain(id);

    const cohort = body.prompts.find((p) => p.promptId === 'cohort')!;
    expect(cohort.answers.map((a) => [a.author?.displayName, a.mine])).toEqual([
      ['Pia Ett', false],
      ['Per Två', true],
    ]);
    const anonymous = body.prompts.find((p) => p.promptId === 'anonymous')!;
    expect(anonymous.answers.map((a) => a.answers.text).sort()).toEqual(['another anonymous answer', ANONYMOUS_TEXT].sort());
    for (const a of anonymous.answers) expect(Object.keys(a).sort()).toEqual(['answers', 'mine']);
    expect(text).not.toContain('Pål Tre');
  });

  it('leaves no audit row for reading what the cohort shared', async () => {
    await api.call('GET', '/api/programmes/alpha/shared', { as: PEOPLE.p1 });
    const rows = await api.repos.audit.listByProgramme('alpha', AUDIT_RANGE);
    expect(rows.filter((r) => r.action === 'shared.read')).toEqual([]);
  });
});
