import { parse } from 'yaml';
import type {
  AdminCopyResponse,
  AdminErrorBody,
  AdminFileIssue,
  AdminLiveCardPreviewResponse,
  AdminLivePrompt,
  AdminProgrammeResponse,
  AdminProgrammeUpdate,
  AdminSession,
} from '../../bot/src/api/admin-contract';
import { cardActions, cardTexts } from '../../bot/src/testing/card-inspect';
import type { ApiHarness } from '../api/api-fixture';
import { adminHarness, getProgramme, PEOPLE } from './admin-fixture';

/** Live prompts per session (issue 6 item 1, issue 5 item 4) through the programme editor's API. */

const coordinator = PEOPLE.coordinator;
let api: ApiHarness;

beforeEach(async () => {
  api = await adminHarness();
});

const put = (body: AdminProgrammeUpdate) => api.call('PUT', '/api/admin/programmes/alpha', { as: coordinator, body });
const livePreview = (body: unknown, as = coordinator) => api.call('POST', '/api/admin/programmes/alpha/cards/live-preview', { as, body });

const ENERGY: AdminLivePrompt = {
  id: 'energy',
  type: 'rating',
  question: { sv: 'Hur mycket energi har du?', en: 'How energised are you?' },
};
const WORD: AdminLivePrompt = { id: 'one-word', type: 'word', question: { sv: 'Ett ord om i dag?', en: 'One word about today?' } };
const CHOICE: AdminLivePrompt = {
  id: 'next-step',
  type: 'singleChoice',
  question: { sv: 'Vad gör du först?', en: 'What do you do first?' },
  choices: [
    { id: 'talk', label: { sv: 'Pratar med någon', en: 'Talk to someone' } },
    { id: 'test', label: { sv: 'Testar', en: 'Test' } },
  ],
};

/** The stored programme with `livePrompts` on session 1. */
async function withLivePrompts(livePrompts: AdminLivePrompt[]): Promise<AdminProgrammeResponse> {
  const before = await getProgramme(api, coordinator);
  const [first, ...rest] = before.sessions;
  const res = await put({ ...before, sessions: [{ ...first, livePrompts }, ...rest] });
  if (res.status !== 200) throw new Error(`PUT: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as AdminProgrammeResponse;
}

describe('live prompts in the programme editor', () => {
  it('saves live prompts on a session, in order, with the default length filled in, and reads them back', async () => {
    const saved = await withLivePrompts([CHOICE, ENERGY, WORD]);
    const expected = [CHOICE, ENERGY, { ...WORD, maxLength: 40 }];
    expect(saved.sessions[0].livePrompts).toEqual(expected);
    expect((await getProgramme(api, coordinator)).sessions[0].livePrompts).toEqual(expected);
    expect((await api.repos.programmes.load('alpha'))!.sessions[0].livePrompts).toEqual(expected);
    expect(saved.sessions[1].livePrompts).toBeUndefined();

    // Reordered and one removed: stored exactly so, and the version moves on.
    const res = await put({ ...saved, sessions: [{ ...saved.sessions[0], livePrompts: [expected[2], expected[0]] }, saved.sessions[1]] });
    expect(res.status).toBe(200);
    const after = res.body as AdminProgrammeResponse;
    expect(after.sessions[0].livePrompts!.map((p) => p.id)).toEqual(['one-word', 'next-step']);
    expect(after.version).not.toBe(saved.version);
  });

  it('refuses an invalid live prompt with an issue at its path, in both languages, and writes nothing', async () => {
    const before = await getProgramme(api, coordinator);
    const broken: AdminLivePrompt[] = [
      ENERGY,
      { id: 'pick', type: 'singleChoice', question: { sv: 'Välj', en: '' } },
      { ...WORD, choices: CHOICE.choices },
      { ...ENERGY, maxLength: 10 },
    ];
    const res = await put({ ...before, sessions: [before.sessions[0], { ...before.sessions[1], livePrompts: broken }] });
    expect(res.status).toBe(400);
    const body = res.body as AdminErrorBody;
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.issues!.map((i) => [i.path, i.code])).toEqual(
      expect.arrayContaining([
        ['sessions[1].livePrompts[1].choices', 'choicesRequired'],
        ['sessions[1].livePrompts[1].question.en', 'empty'],
        ['sessions[1].livePrompts[2].choices', 'choicesNotAllowed'],
        ['sessions[1].livePrompts[3].maxLength', 'maxLengthNotAllowed'],
        ['sessions[1].livePrompts[3].id', 'duplicateId'],
      ]),
    );
    for (const issue of body.issues!) expect(issue.message.sv).not.toEqual(issue.message.en);
    expect((await api.repos.programmes.load('alpha'))!.sessions[1].livePrompts).toBeUndefined();
  });

  it('creates a programme whose first session has live prompts', async () => {
    const { sessions } = await getProgramme(api, coordinator);
    const firstSession: AdminSession = { ...sessions[0], livePrompts: [WORD] };
    const res = await api.call('POST', '/api/admin/programmes', {
      as: coordinator,
      body: { id: 'gamma', name: { sv: 'G', en: 'G' }, departments: [{ id: 'd', name: { sv: 'D', en: 'D' } }], firstSession },
    });
    expect(res.status).toBe(201);
    expect((res.body as AdminProgrammeResponse).sessions[0].livePrompts).toEqual([{ ...WORD, maxLength: 40 }]);
    expect((await api.repos.programmes.load('gamma'))!.sessions[0].livePrompts).toEqual([{ ...WORD, maxLength: 40 }]);
  });

  it('exports live prompts in the programme file, imports them back unchanged, and copies them to a new term', async () => {
    const saved = await withLivePrompts([ENERGY, CHOICE]);
    const exported = await api.call('GET', '/api/admin/programmes/alpha/file', { as: coordinator });
    expect(exported.status).toBe(200);
    const file = parse(String(exported.raw)) as { sessions: AdminSession[] };
    expect(file.sessions[0].livePrompts).toEqual([ENERGY, CHOICE]);

    // The same file with a changed question, imported: the change lands, the rest is as it was.
    const changed = String(exported.raw).replace('How energised are you?', 'How much energy do you have?');
    const imported = await api.call('POST', '/api/admin/programmes/import', {
      as: coordinator,
      body: { text: changed, fileName: 'alpha.yaml', answersPolicy: { cohort: 'keep', anonymous: 'keep', private: 'keep' } },
    });
    expect(imported.status).toBe(200);
    const after = await getProgramme(api, coordinator);
    expect(after.sessions[0].livePrompts).toEqual([
      { ...ENERGY, question: { ...ENERGY.question, en: 'How much energy do you have?' } },
      CHOICE,
    ]);
    expect(after.sessions[1]).toEqual(saved.sessions[1]);

    const copy = await api.call('POST', '/api/admin/programmes/alpha/copy', {
      as: coordinator,
      body: { newId: 'alpha-autumn', name: { sv: 'Hösten', en: 'Autumn' }, shift: { days: 182 } },
    });
    expect(copy.status).toBe(201);
    expect((copy.body as AdminCopyResponse).sessions[0].livePrompts).toEqual(after.sessions[0].livePrompts);
  });

  it('refuses a programme file with a broken live prompt, with its path and line', async () => {
    const file = String((await api.call('GET', '/api/admin/programmes/alpha/file', { as: coordinator })).raw);
    const broken = file.replace(
      /\n {4}agenda:/,
      '\n    livePrompts:\n      - { id: Bad Id, type: rating, question: { sv: A, en: B } }\n    agenda:',
    );
    const res = await api.call('POST', '/api/admin/programmes/import', { as: coordinator, body: { text: broken } });
    expect(res.status).toBe(400);
    expect((res.body as { issues: AdminFileIssue[] }).issues).toEqual([
      expect.objectContaining({ path: 'sessions[0].livePrompts[0].id', code: 'invalidId', line: expect.any(Number) }),
    ]);
  });
});

describe('the live prompt card preview', () => {
  it('renders a draft as the meeting gets it: the question, its session, the answer input and no real run', async () => {
    const res = await livePreview({ livePrompt: CHOICE, sessionNumber: 1, sessionTitle: { sv: 'Kickoff', en: 'Kick-off' }, locale: 'en' });
    expect(res.status).toBe(200);
    const preview = res.body as AdminLiveCardPreviewResponse;
    expect(preview).toMatchObject({ livePromptId: 'next-step', sessionNumber: 1, locale: 'en' });
    expect(preview.card.type).toBe('AdaptiveCard');
    const texts = cardTexts(preview.card);
    expect(texts).toEqual(expect.arrayContaining(['What do you do first?', 'Question in session 1: Kick-off']));
    const json = JSON.stringify(preview.card);
    expect(json).toContain('Input.ChoiceSet');
    expect(json).toContain('Talk to someone');
    // Action.Execute, with Action.Submit as its fallback for older clients: both carry the preview's run id, never a real one.
    const actions = cardActions(preview.card);
    expect(actions[0]).toMatchObject({ type: 'Action.Execute', data: { verb: 'liveAnswer', programmeId: 'alpha', runId: 'rpreview0' } });
    for (const action of actions) expect(action).toMatchObject({ data: { runId: 'rpreview0' } });
  });

  it("uses the stored session's title when the draft gives none, and the request's language", async () => {
    const { sessions } = await getProgramme(api, coordinator);
    const res = await api.call('POST', '/api/admin/programmes/alpha/cards/live-preview', {
      as: coordinator,
      body: { livePrompt: WORD, sessionNumber: 1 },
      acceptLanguage: 'sv-SE',
    });
    expect(res.status).toBe(200);
    const preview = res.body as AdminLiveCardPreviewResponse;
    expect(preview.locale).toBe('sv');
    expect(cardTexts(preview.card)).toEqual(expect.arrayContaining([`Fråga under träff 1: ${sessions[0].title.sv}`, 'Ett ord om i dag?']));
    expect(JSON.stringify(preview.card)).toContain('Input.Text');
  });

  it('reports a broken draft with paths under livePrompt and a bad session number', async () => {
    const broken = await livePreview({ livePrompt: { ...CHOICE, choices: [] }, sessionNumber: 1 });
    expect(broken.status).toBe(400);
    expect((broken.body as AdminErrorBody).issues).toEqual([expect.objectContaining({ path: 'livePrompt.choices', code: 'tooFew' })]);
    const noSession = await livePreview({ livePrompt: ENERGY, sessionNumber: 0 });
    expect(noSession.status).toBe(400);
    expect((noSession.body as AdminErrorBody).issues).toEqual([expect.objectContaining({ path: 'sessionNumber' })]);
  });

  it('is for coordinators of the programme only', async () => {
    for (const as of [PEOPLE.facilitator, PEOPLE.p1, PEOPLE.betaCoordinator]) {
      expect((await livePreview({ livePrompt: ENERGY, sessionNumber: 1 }, as)).status).toBe(403);
    }
  });
});
