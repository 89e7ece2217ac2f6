import { AppError } from '../errors';
import type { PersonRef } from '../domain/identity';
import type { Prompt } from '../domain/model';
import { createInMemoryRepositories, type Repositories } from '../storage';
import {
  FIXTURE_NOW,
  FIXTURE_PROGRAMME_ID,
  fixtureProgramme,
  fixtureMoodQuestion,
  fixturePrompts,
  fixtureSessions,
} from '../testing/programme-fixture';
import { submitAnswer, type AnswerServiceDeps, type SubmitAnswerInput } from './answer-service';
import { cachedProgrammeCatalog } from './programme-catalog';

const alex: PersonRef = { tenantId: '00000000-0000-0000-0000-000000000001', objectId: '00000000-0000-0000-0000-000000000020' };
const megan: PersonRef = { tenantId: alex.tenantId, objectId: '00000000-0000-0000-0000-000000000021' };
const pulse: Prompt = {
  ...fixturePrompts[0],
  id: 'pulse-1',
  questions: [fixtureMoodQuestion],
};

let repos: Repositories;
let deps: AnswerServiceDeps;

beforeEach(async () => {
  repos = createInMemoryRepositories();
  await repos.programmes.save(fixtureProgramme, fixtureSessions, [...fixturePrompts, pulse]);
  await repos.enrolments.put({
    programmeId: FIXTURE_PROGRAMME_ID,
    role: 'participant',
    displayName: 'Alex',
    person: alex,
    source: 'joinCode',
    enrolledAt: '2026-11-01T00:00:00Z',
  });
  deps = { catalog: cachedProgrammeCatalog(repos.programmes), enrolments: repos.enrolments, answers: repos.answers };
});

const submit = (over: Partial<SubmitAnswerInput> = {}) =>
  submitAnswer(deps, {
    person: alex,
    programmeId: FIXTURE_PROGRAMME_ID,
    promptId: 'reflection-1',
    inputs: { q_q1: 'Mitt svar' },
    now: FIXTURE_NOW,
    ...over,
  });
const stored = (person = alex, promptId = 'reflection-1') => repos.answers.get(FIXTURE_PROGRAMME_ID, promptId, person);

describe('submitAnswer', () => {
  it('stores a valid first answer for the person with when it was given', async () => {
    const result = await submit();
    expect(result).toMatchObject({ kind: 'saved', answer: { answers: { q1: 'Mitt svar' }, createdAt: FIXTURE_NOW.toISOString() } });
    expect((await stored())?.answers).toEqual({ q1: 'Mitt svar' });
  });

  it.each([
    ['an unknown prompt', { promptId: 'nope' }, 'notFound'],
    ['an unknown programme', { programmeId: 'other-programme' }, 'notFound'],
    ['a person not enrolled', { person: megan }, 'notEnrolled'],
  ] as const)('stores nothing for %s', async (_what, over, kind) => {
    expect(await submit(over)).toEqual({ kind });
    expect(await repos.answers.listByPrompt(FIXTURE_PROGRAMME_ID, 'reflection-1')).toEqual([]);
  });

  it('stores nothing after the deadline, nor before the send time', async () => {
    expect(await submit({ now: new Date('2026-12-07T16:00:00Z') })).toMatchObject({ kind: 'closed', window: 'closed' });
    expect(await submit({ now: new Date('2026-12-01T11:00:00Z') })).toMatchObject({ kind: 'closed', window: 'notYetOpen' });
    expect(await stored()).toBeUndefined();
  });

  it('stores nothing for an answer that does not fit and says which field', async () => {
    const result = await submit({ inputs: { q_q1: 'x'.repeat(2001) } });
    expect(result).toMatchObject({ kind: 'invalid', errors: [{ questionId: 'q1', code: 'tooLong' }] });
    expect(await submit({ promptId: 'pulse-1', inputs: { q_mood: 'great' } })).toMatchObject({
      kind: 'invalid',
      errors: [{ code: 'unknownChoice' }],
    });
    expect(await submit({ inputs: { q_q1: 'ok', extra: 'x' } })).toMatchObject({
      kind: 'invalid',
      errors: [{ field: 'extra', code: 'unknownField' }],
    });
    expect(await stored()).toBeUndefined();
  });

  it('leaves one answer when ten identical submissions run in parallel, and all ten are told it is saved', async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => submit()));
    expect(results.map((r) => r.kind)).toEqual(Array(10).fill('saved'));
    expect(await repos.answers.listByPrompt(FIXTURE_PROGRAMME_ID, 'reflection-1')).toHaveLength(1);
  });

  it('does not overwrite an answer from a fresh card: it reports the stored one as already answered', async () => {
    await submit();
    const result = await submit({ inputs: { q_q1: 'Ett annat svar' } });
    expect(result).toMatchObject({ kind: 'conflict', reason: 'alreadyAnswered', current: { answers: { q1: 'Mitt svar' } } });
    expect((await stored())?.answers).toEqual({ q1: 'Mitt svar' });
  });

  it('replaces the answer on an edit based on the stored version and keeps when it was first given', async () => {
    await submit();
    const before = (await stored())!;
    const later = new Date(FIXTURE_NOW.getTime() + 60_000);
    const result = await submit({ inputs: { q_q1: 'Ändrat' }, baseVersion: before.version, now: later });
    expect(result).toMatchObject({
      kind: 'saved',
      answer: { answers: { q1: 'Ändrat' }, createdAt: before.createdAt, editedAt: later.toISOString() },
    });
    expect((await stored())?.version).not.toBe(before.version);
  });

  it('lets exactly one of two racing edits win by version; the other gets the winner as a conflict', async () => {
    await submit();
    const version = (await stored())!.version;
    const [a, b] = await Promise.all([
      submit({ inputs: { q_q1: 'A' }, baseVersion: version }),
      submit({ inputs: { q_q1: 'B' }, baseVersion: version }),
    ]);
    const kinds = [a.kind, b.kind].sort();
    expect(kinds).toEqual(['conflict', 'saved']);
    const winner = (await stored())!.answers.q1;
    const loser = a.kind === 'conflict' ? a : b;
    expect(loser).toMatchObject({ kind: 'conflict', reason: 'changedMeanwhile', current: { answers: { q1: winner } } });
  });

  it('treats an edit that repeats the stored answer as saved without writing', async () => {
    await submit();
    const before = (await stored())!;
    expect(await submit({ baseVersion: 'W/"stale"' })).toMatchObject({ kind: 'saved', answer: { version: before.version } });
  });

  it('passes storage failures on, having acknowledged nothing', async () => {
    const down = { ...deps, answers: { ...repos.answers, create: () => Promise.reject(new AppError('STORAGE_UNAVAILABLE', 'down')) } };
    await expect(
      submitAnswer(down, {
        person: alex,
        programmeId: FIXTURE_PROGRAMME_ID,
        promptId: 'reflection-1',
        inputs: { q_q1: 'x' },
        now: FIXTURE_NOW,
      }),
    ).rejects.toMatchObject({
      code: 'STORAGE_UNAVAILABLE',
    });
    expect(await stored()).toBeUndefined();
  });
});
