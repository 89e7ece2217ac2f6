import { join } from 'node:path';
import { startApp, type RunningApp } from '../app';
import { loadConfig } from '../config';
import type { PersonRef } from '../domain/identity';
import type { Prompt } from '../domain/model';
import { t } from '../i18n';
import { silentLogger } from '../logger';
import { createTableRepositories, type Repositories } from '../storage';
import { adaptiveCardOf, cardActions, cardTexts } from '../testing/card-inspect';
import { invokeResponseCard, teamsCardInvoke, teamsCardSubmit } from '../testing/card-invokes';
import { startConnectorFake, type ConnectorFake } from '../testing/connector-fake';
import {
  FIXTURE_NOW,
  FIXTURE_PROGRAMME_ID,
  fixtureProgramme,
  fixtureMoodQuestion,
  fixturePrompts,
  fixtureSessions,
} from '../testing/programme-fixture';
import { withStorageFaults, type StorageFaults } from '../testing/storage-faults';
import { postActivity, teamsMessage, teamsParty, type TeamsParty } from '../testing/teams-activities';

/**
 * Answering prompt cards end to end: Teams-shaped `adaptiveCard/action`
 * invokes posted over HTTP on loopback to the server started with
 * `startApp`, Table Storage on Azurite (behind a wrapper that can make it
 * slow or down), replies and card updates recorded by the connector fake.
 */

const ROOT = join(__dirname, '..', '..', '..');
const sv = (key: string, params?: Record<string, string | number>) => t('sv', key, params);

const choicePrompt: Prompt = {
  ...fixturePrompts[0],
  id: 'pulse-1',
  title: { sv: 'Puls efter träff 1', en: 'Pulse after session 1' },
  questions: [
    fixtureMoodQuestion,
    { id: 'note', type: 'shortText', label: { sv: 'Kommentar', en: 'Comment' }, required: false, maxLength: 50 },
  ],
};

let app: RunningApp;
let connector: ConnectorFake;
let base: Repositories;
const faults: StorageFaults = { delayMs: 0, down: false };
let now = FIXTURE_NOW;
let partyCount = 0;

beforeAll(async () => {
  connector = await startConnectorFake();
  base = await createTableRepositories({
    connectionString: process.env.TEST_STORAGE_CONNECTION_STRING!,
    tablePrefix: `ans${Date.now().toString(36)}`,
  });
  const repos = withStorageFaults(base, faults, ['answers', 'enrolments', 'programmes', 'people', 'conversations']);
  const config = loadConfig({ envDir: join(ROOT, 'env'), environment: { NODE_ENV: 'test', PORT: '0' } });
  app = await startApp({ config, logger: silentLogger(), repos, clock: () => now });
  await base.programmes.save(fixtureProgramme, fixtureSessions, [...fixturePrompts, choicePrompt]);
});

afterAll(async () => {
  await app?.close();
  await connector?.close();
});

beforeEach(() => {
  faults.delayMs = 0;
  faults.down = false;
  now = FIXTURE_NOW;
  connector.reset();
});

/** A new enrolled participant (own person, own chat) for each test. */
async function enrolledParty(): Promise<{ party: TeamsParty; person: PersonRef }> {
  const n = String(++partyCount).padStart(4, '0');
  const party = teamsParty({
    aadObjectId: `00000000-0000-0000-0000-00000001${n}`,
    userId: `29:1user-${n}`,
    conversationId: `a:1chat-${n}`,
    serviceUrl: connector.url,
  });
  const person = { tenantId: party.tenantId, objectId: party.aadObjectId };
  await base.enrolments.put({
    programmeId: FIXTURE_PROGRAMME_ID,
    role: 'participant',
    displayName: `Person ${n}`,
    person,
    source: 'joinCode',
    enrolledAt: '2026-11-01T08:00:00.000Z',
  });
  return { party, person };
}

async function post(activity: object): Promise<{ status: number; body: unknown; ms: number }> {
  const started = performance.now();
  const res = await postActivity(app.url, activity);
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined, ms: performance.now() - started };
}

async function answer(party: TeamsParty, data: Record<string, unknown>): Promise<string[]> {
  const res = await post(teamsCardInvoke(party, 'answerPrompt', { programmeId: FIXTURE_PROGRAMME_ID, promptId: 'reflection-1', ...data }));
  expect(res.status).toBe(200);
  const card = invokeResponseCard(res.body);
  expect(card).toBeDefined();
  return cardTexts(card);
}

const stored = (person: PersonRef, promptId = 'reflection-1') => base.answers.get(FIXTURE_PROGRAMME_ID, promptId, person);

async function waitFor<T>(probe: () => T | undefined, timeoutMs: number): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`nothing within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('answering a prompt card over HTTP (Azurite)', () => {
  it('stores the answer for the activity’s person and ignores person ids forged into the card data', async () => {
    const { party, person } = await enrolledParty();
    const victim = await enrolledParty();
    const texts = await answer(party, {
      q_q1: 'Mitt eget svar',
      tenantId: victim.person.tenantId,
      objectId: victim.person.objectId,
      aadObjectId: victim.person.objectId,
    });
    expect(texts).toEqual(expect.arrayContaining([sv('prompt.receipt.heading'), 'Mitt eget svar', sv('prompt.receipt.edit')]));
    expect((await stored(person))?.answers).toEqual({ q1: 'Mitt eget svar' });
    expect(await stored(victim.person)).toBeUndefined();
  });

  it('leaves exactly one answer when ten identical submissions arrive in parallel, and each gets the receipt', async () => {
    const { party, person } = await enrolledParty();
    const results = await Promise.all(Array.from({ length: 10 }, () => answer(party, { q_q1: 'Samma svar' })));
    for (const texts of results) expect(texts).toContain(sv('prompt.receipt.heading'));
    const all = await base.answers.listByPrompt(FIXTURE_PROGRAMME_ID, 'reflection-1');
    expect(all.filter((a) => a.person.objectId === person.objectId)).toHaveLength(1);
  });

  it('stores each of many people answering at once (their creates share one partition), and each answer can be edited', async () => {
    const people = await Promise.all(Array.from({ length: 25 }, () => enrolledParty()));
    const receipts = await Promise.all(people.map(({ party }, i) => answer(party, { q_q1: `Svar ${i}` })));
    receipts.forEach((texts, i) => expect(texts).toEqual(expect.arrayContaining([sv('prompt.receipt.heading'), `Svar ${i}`])));
    const answers = await Promise.all(people.map(({ person }) => stored(person)));
    expect(answers.map((a) => a?.answers.q1)).toEqual(people.map((_, i) => `Svar ${i}`));
    // The version each create returned is the row's ETag: an edit based on it is saved.
    const { party, person } = people[7];
    expect(await answer(party, { q_q1: 'Ändrat', baseVersion: answers[7]!.version })).toContain('Ändrat');
    expect((await stored(person))?.answers.q1).toBe('Ändrat');
  });

  it('decides racing edits by ETag: one edit wins, the other gets the conflict card with the winning answer', async () => {
    const { party, person } = await enrolledParty();
    await answer(party, { q_q1: 'Första' });
    const version = (await stored(person))!.version!;
    const [a, b] = await Promise.all([
      answer(party, { q_q1: 'Ändring A', baseVersion: version }),
      answer(party, { q_q1: 'Ändring B', baseVersion: version }),
    ]);
    const final = (await stored(person))!.answers.q1 as string;
    expect(['Ändring A', 'Ändring B']).toContain(final);
    const [winner, loser] = final === 'Ändring A' ? [a, b] : [b, a];
    expect(winner).toContain(sv('prompt.receipt.heading'));
    expect(loser).toEqual(expect.arrayContaining([sv('prompt.receipt.conflict'), final]));
    expect(loser).not.toContain(final === 'Ändring A' ? 'Ändring B' : 'Ändring A');
  });

  it('answers within 2 s with the saving card when storage is slow, then updates the posted card to the receipt', async () => {
    const { party, person } = await enrolledParty();
    faults.delayMs = 1000;
    const res = await post(
      teamsCardInvoke(
        party,
        'answerPrompt',
        { programmeId: FIXTURE_PROGRAMME_ID, promptId: 'reflection-1', q_q1: 'Långsamt' },
        '1:slow-card',
      ),
    );
    expect(res.ms).toBeLessThan(2000);
    expect(cardTexts(invokeResponseCard(res.body))).toContain(sv('prompt.saving.heading'));
    const update = await waitFor(() => connector.updates.find((u) => u.activityId === '1:slow-card'), 8000);
    expect(update.conversationId).toBe(party.conversationId);
    expect(cardTexts(adaptiveCardOf(update.activity))).toEqual(expect.arrayContaining([sv('prompt.receipt.heading'), 'Långsamt']));
    faults.delayMs = 0;
    expect((await stored(person))?.answers).toEqual({ q1: 'Långsamt' });
  });

  it('updates the saving card to the try-again card when slow storage then fails, having stored nothing', async () => {
    const { party, person } = await enrolledParty();
    faults.delayMs = 1000;
    const pending = post(
      teamsCardInvoke(
        party,
        'answerPrompt',
        { programmeId: FIXTURE_PROGRAMME_ID, promptId: 'reflection-1', q_q1: 'Förlorat?' },
        '1:failing-card',
      ),
    );
    setTimeout(() => (faults.down = true), 1200);
    const res = await pending;
    expect(res.ms).toBeLessThan(2000);
    expect(cardTexts(invokeResponseCard(res.body))).toContain(sv('prompt.saving.heading'));
    const update = await waitFor(() => connector.updates.find((u) => u.activityId === '1:failing-card'), 8000);
    expect(cardTexts(adaptiveCardOf(update.activity))).toContain(sv('prompt.tryAgain.heading'));
    faults.delayMs = 0;
    faults.down = false;
    expect(await stored(person)).toBeUndefined();
  });

  it('shows the try-again card and stores nothing when storage is down; the retry stores the same answer once it is back', async () => {
    const { party, person } = await enrolledParty();
    faults.down = true;
    const res = await post(
      teamsCardInvoke(party, 'answerPrompt', { programmeId: FIXTURE_PROGRAMME_ID, promptId: 'reflection-1', q_q1: 'Spara mig' }),
    );
    const card = invokeResponseCard(res.body);
    expect(cardTexts(card)).toEqual(expect.arrayContaining([sv('prompt.tryAgain.heading'), sv('prompt.tryAgain.retry')]));
    expect(cardTexts(card)).not.toContain(sv('prompt.receipt.heading'));
    faults.down = false;
    expect(await stored(person)).toBeUndefined();

    const retry = cardActions(card).find((a) => a.type === 'Action.Execute') as { verb?: string; data?: Record<string, unknown> };
    expect(retry.verb).toBe('answerPrompt');
    const again = await post(teamsCardInvoke(party, retry.verb!, retry.data!));
    expect(cardTexts(invokeResponseCard(again.body))).toContain(sv('prompt.receipt.heading'));
    expect((await stored(person))?.answers).toEqual({ q1: 'Spara mig' });
  });

  it('shows the closed card and stores nothing for an answer after the deadline', async () => {
    const { party, person } = await enrolledParty();
    now = new Date('2026-12-07T16:00:00Z'); // 17:00 in Stockholm: the due time itself
    const texts = await answer(party, { q_q1: 'För sent' });
    expect(texts).toEqual(expect.arrayContaining([sv('prompt.closed.heading')]));
    expect(await stored(person)).toBeUndefined();
  });

  it('sends back the card with the field message, the input kept, and stores nothing for a wrong choice id', async () => {
    const { party, person } = await enrolledParty();
    const res = await post(
      teamsCardInvoke(party, 'answerPrompt', {
        programmeId: FIXTURE_PROGRAMME_ID,
        promptId: 'pulse-1',
        q_mood: 'excellent',
        q_note: 'hej',
      }),
    );
    const card = invokeResponseCard(res.body);
    expect(cardTexts(card)).toEqual(expect.arrayContaining([sv('prompt.fixErrors'), sv('answer.error.unknownChoice')]));
    expect(JSON.stringify(card)).toContain('"id":"q_note"');
    expect(JSON.stringify(card)).toContain('"value":"hej"');
    expect(await stored(person, 'pulse-1')).toBeUndefined();
  });

  it('updates the card it came from when an older client sends the Action.Submit fallback', async () => {
    const { party, person } = await enrolledParty();
    const res = await post(
      teamsCardSubmit(
        party,
        { verb: 'answerPrompt', programmeId: FIXTURE_PROGRAMME_ID, promptId: 'reflection-1', q_q1: 'Via submit' },
        '1:old-client-card',
      ),
    );
    expect(res.status).toBe(200);
    const update = await waitFor(() => connector.updates.find((u) => u.activityId === '1:old-client-card'), 5000);
    expect(cardTexts(adaptiveCardOf(update.activity))).toEqual(expect.arrayContaining([sv('prompt.receipt.heading'), 'Via submit']));
    expect((await stored(person))?.answers).toEqual({ q1: 'Via submit' });
  });

  it('lists an answered prompt as answered under uppgifter', async () => {
    const { party } = await enrolledParty();
    await answer(party, { q_q1: 'Klart' });
    await post(teamsMessage(party, 'uppgifter'));
    const [reply] = await connector.waitForActivities(1, 5000);
    expect(cardTexts(adaptiveCardOf(reply.activity))).toEqual(
      expect.arrayContaining(['Reflektion efter träff 1', sv('prompt.list.answered'), sv('prompt.list.showAnswer')]),
    );
  });
});
