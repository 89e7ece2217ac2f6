import type {
  AdminCardPreviewResponse,
  AdminErrorBody,
  AdminJoinCodeResponse,
  AdminProgrammeListResponse,
  AdminProgrammeResponse,
  AdminProgrammeUpdate,
} from '../../bot/src/api/admin-contract';
import type { ApiHarness } from '../api/api-fixture';
import { adminHarness, getProgramme, PEOPLE } from './admin-fixture';

const coordinator = PEOPLE.coordinator;
let api: ApiHarness;

beforeEach(async () => {
  api = await adminHarness();
});

const put = (body: AdminProgrammeUpdate, id = 'alpha') => api.call('PUT', `/api/admin/programmes/${id}`, { as: coordinator, body });

describe('creating a programme from nothing', () => {
  it('creates the programme with a placeholder session and makes the creator its coordinator', async () => {
    const res = await api.call('POST', '/api/admin/programmes', {
      as: coordinator,
      body: {
        id: 'gamma',
        name: { sv: 'Innovation våren', en: 'Innovation spring' },
        departments: [{ id: 'culture', name: { sv: 'Kultur', en: 'Culture' } }],
        joinCode: 'GAMMA26',
      },
    });
    expect(res.status).toBe(201);
    const created = res.body as AdminProgrammeResponse;
    expect(created.programme).toMatchObject({ id: 'gamma', timeZone: 'Europe/Stockholm', defaultLocale: 'sv', joinCode: 'GAMMA26' });
    expect(created.sessions).toEqual([expect.objectContaining({ number: 1, start: '2026-03-26T09:00', end: '2026-03-26T12:00' })]);
    expect(created.prompts).toEqual([]);
    expect((await api.repos.enrolments.listByProgramme('gamma')).map((e) => e.role)).toEqual(['coordinator']);
    const list = (await api.call('GET', '/api/admin/programmes', { as: coordinator })).body as AdminProgrammeListResponse;
    expect(list.programmes.map((p) => p.id).sort()).toEqual(['alpha', 'gamma']);
    expect(list.mayCreate).toBe(true);
    expect(await api.repos.programmes.findByJoinCode('GAMMA26')).toMatchObject({ id: 'gamma' });
  });

  it('refuses an invalid programme with every issue in both languages and writes nothing', async () => {
    const res = await api.call('POST', '/api/admin/programmes', {
      as: coordinator,
      body: { id: 'Bad Id', name: { sv: '', en: 'x' }, departments: [], joinCode: 'no' },
    });
    expect(res.status).toBe(400);
    const body = res.body as AdminErrorBody;
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.issues!.map((i) => [i.path, i.code])).toEqual(
      expect.arrayContaining([
        ['programme.id', 'invalidId'],
        ['programme.name.sv', 'empty'],
        ['programme.departments', 'tooFew'],
        ['programme.joinCode', 'invalidJoinCode'],
      ]),
    );
    expect(body.issues![0].message.sv).not.toEqual(body.issues![0].message.en);
    expect(await api.repos.programmes.list()).toHaveLength(2);
  });

  it('refuses an id that is taken and a join code another programme uses', async () => {
    const base = { name: { sv: 'N', en: 'N' }, departments: [{ id: 'd', name: { sv: 'D', en: 'D' } }] };
    expect((await api.call('POST', '/api/admin/programmes', { as: coordinator, body: { ...base, id: 'beta' } })).status).toBe(409);
    const taken = await api.call('POST', '/api/admin/programmes', {
      as: coordinator,
      body: { ...base, id: 'delta', joinCode: 'JOINBETA' },
    });
    expect(taken.status).toBe(400);
    expect((taken.body as AdminErrorBody).issues).toEqual([expect.objectContaining({ path: 'programme.joinCode', code: 'joinCodeTaken' })]);
  });
});

describe('editing a programme', () => {
  it('saves edits and a new agenda order, and bumps the version', async () => {
    const before = await getProgramme(api, coordinator);
    const session = before.sessions[0];
    const agenda = [
      { start: '09:00', durationMinutes: 60, title: { sv: 'Idéer', en: 'Ideas' } },
      { start: '10:00', durationMinutes: 30, title: { sv: 'Fika', en: 'Coffee' } },
    ];
    const first = await put({ ...before, sessions: [{ ...session, agenda }, before.sessions[1]] });
    expect(first.status).toBe(200);
    const reordered = [
      { ...agenda[1], start: '09:00' },
      { ...agenda[0], start: '09:30' },
    ];
    const afterFirst = first.body as AdminProgrammeResponse;
    const second = await put({ ...afterFirst, sessions: [{ ...afterFirst.sessions[0], agenda: reordered }, afterFirst.sessions[1]] });
    expect(second.status).toBe(200);
    const stored = await api.repos.programmes.load('alpha');
    expect(stored!.sessions[0].agenda.map((a) => a.title.en)).toEqual(['Coffee', 'Ideas']);
    expect((second.body as AdminProgrammeResponse).version).not.toBe(before.version);
  });

  it('refuses a stale version with 409 and the current version', async () => {
    const before = await getProgramme(api, coordinator);
    expect((await put({ ...before, programme: { ...before.programme, name: { sv: 'A', en: 'A' } } })).status).toBe(200);
    const stale = await put({ ...before, programme: { ...before.programme, name: { sv: 'B', en: 'B' } } });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { code: 'STORAGE_CONFLICT' }, currentVersion: expect.any(String) });
    expect((await api.repos.programmes.get('alpha'))!.name.sv).toBe('A');
  });

  it('refuses to change a prompt that already has answers unless the request says what to do with them', async () => {
    const before = await getProgramme(api, coordinator);
    expect(before.promptStates.find((s) => s.promptId === 'cohort')).toMatchObject({ answers: 2, sent: true });
    const prompts = before.prompts.map((p) => (p.id === 'cohort' ? { ...p, text: { sv: 'Ny fråga', en: 'New question' } } : p));
    const refused = await put({ ...before, prompts: prompts.filter((p) => p.id !== 'private') });
    expect(refused.status).toBe(409);
    const body = refused.body as AdminErrorBody;
    expect(body.error.code).toBe('PROMPT_ALREADY_SENT');
    expect(body.prompts!.map((p) => [p.promptId, p.change, p.answers]).sort()).toEqual([
      ['cohort', 'changed', 2],
      ['private', 'removed', 1],
    ]);
    expect((await api.repos.programmes.load('alpha'))!.prompts.find((p) => p.id === 'cohort')!.text.sv).toBe('Vad tar du med dig?');

    const kept = await put({ ...before, prompts, answersPolicy: { cohort: 'keep' } });
    expect(kept.status).toBe(200);
    expect(await api.repos.answers.listByPrompt('alpha', 'cohort')).toHaveLength(2);
  });

  it('discards the answers given so far when asked to', async () => {
    const before = await getProgramme(api, coordinator);
    const prompts = before.prompts.filter((p) => p.id !== 'anonymous');
    const res = await put({ ...before, prompts, answersPolicy: { anonymous: 'discard' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ discardedAnswers: { anonymous: 2 } });
    expect(await api.repos.answers.listByPrompt('alpha', 'anonymous')).toEqual([]);
    expect(await api.repos.answers.listByPrompt('alpha', 'cohort')).toHaveLength(2);
  });

  it('counts a new time zone as a change to every sent prompt', async () => {
    const before = await getProgramme(api, coordinator);
    const res = await put({ ...before, programme: { ...before.programme, timeZone: 'Europe/Helsinki' } });
    expect(res.status).toBe(409);
    expect((res.body as AdminErrorBody).prompts!.map((p) => p.promptId).sort()).toEqual(['anonymous', 'cohort', 'private']);
  });

  it('changes an unsent prompt without asking', async () => {
    const before = await getProgramme(api, coordinator);
    const prompts = before.prompts.map((p) => (p.id === 'later' ? { ...p, visibility: 'anonymous' as const } : p));
    expect((await put({ ...before, prompts })).status).toBe(200);
  });

  it('renews the join code: the old one stops working', async () => {
    const res = await api.call('POST', '/api/admin/programmes/alpha/join-code', { as: coordinator });
    const { joinCode } = res.body as AdminJoinCodeResponse;
    expect(joinCode).toMatch(/^[A-Z0-9]{8}$/);
    expect(await api.repos.programmes.findByJoinCode('JOINALPHA')).toBeUndefined();
    expect(await api.repos.programmes.findByJoinCode(joinCode)).toMatchObject({ id: 'alpha' });
  });

  it('previews a prompt card as it is sent, in the asked language', async () => {
    const res = await api.call('GET', '/api/admin/programmes/alpha/cards/later', { as: coordinator, query: { locale: 'en' } });
    expect(res.status).toBe(200);
    const { card, locale } = res.body as AdminCardPreviewResponse;
    expect(locale).toBe('en');
    expect(card.type).toBe('AdaptiveCard');
    expect(JSON.stringify(card)).toContain('What do you take with you?');
    expect(JSON.stringify(card)).toContain('Input.Text');
  });

  it('previews a draft prompt before it is saved, and reports a broken one', async () => {
    const { prompts } = await getProgramme(api, coordinator);
    const draft = { ...prompts.find((p) => p.id === 'later')!, id: 'draft', title: { sv: 'Utkast', en: 'Draft' } };
    const res = await api.call('POST', '/api/admin/programmes/alpha/cards/preview', {
      as: coordinator,
      body: { prompt: draft, locale: 'sv' },
    });
    expect(res.status).toBe(200);
    expect(JSON.stringify((res.body as AdminCardPreviewResponse).card)).toContain('Utkast');
    const broken = await api.call('POST', '/api/admin/programmes/alpha/cards/preview', {
      as: coordinator,
      body: { prompt: { ...draft, questions: [] } },
    });
    expect(broken.status).toBe(400);
    expect((broken.body as AdminErrorBody).issues).toEqual([expect.objectContaining({ path: 'prompt.questions', code: 'tooFew' })]);
    expect(await api.repos.programmes.load('alpha').then((p) => p!.prompts.map((q) => q.id))).not.toContain('draft');
  });
});
