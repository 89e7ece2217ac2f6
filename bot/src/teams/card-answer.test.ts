import type { Activity, ResourceResponse, TurnContext } from 'botbuilder';
import { conversationTag } from '../cards/conversation-tag';
import type { PersonRef } from '../domain/identity';
import type { Prompt } from '../domain/model';
import { t } from '../i18n';
import { silentLogger } from '../logger';
import { createInMemoryRepositories, type Repositories } from '../storage';
import { adaptiveCardOf, cardActions, cardTexts } from '../testing/card-inspect';
import { invokeResponseCard, teamsCardInvoke, teamsCardSubmit } from '../testing/card-invokes';
import { converse, type Expectation } from '../testing/conversation-table';
import {
  FIXTURE_NOW,
  FIXTURE_PROGRAMME_ID,
  fixtureProgramme,
  fixtureMoodQuestion,
  fixturePrompts,
  fixtureSessions,
} from '../testing/programme-fixture';
import { withStorageFaults } from '../testing/storage-faults';
import { teamsParty, type TeamsParty } from '../testing/teams-activities';
import { TeamsTestAdapter } from '../testing/teams-test-adapter';
import { ProgrammeBot } from './programme-bot';
import { createTurnErrorHandler } from './turn-error';

/**
 * Answering prompt cards through botbuilder's TestAdapter, as tables of
 * turns: Action.Execute invokes answered by the invoke response, and the
 * Action.Submit fallback of older clients. In-memory repositories, fixed
 * clock (2 December 2026, while reflection-1 is open until 7 December 17:00).
 */

const alex = teamsParty();
const alexRef: PersonRef = { tenantId: alex.tenantId, objectId: alex.aadObjectId };
const megan = teamsParty({ userId: '29:1meganb', aadObjectId: '00000000-0000-0000-0000-0000000000021', conversationId: 'a:1chat-meganb' });
const meganRef: PersonRef = { tenantId: megan.tenantId, objectId: megan.aadObjectId };
const adele = teamsParty({ userId: '29:1adelev', aadObjectId: '00000000-0000-0000-0000-0000000000022', locale: 'en-US' });
const adeleRef: PersonRef = { tenantId: adele.tenantId, objectId: adele.aadObjectId };

const pulse: Prompt = {
  ...fixturePrompts[0],
  id: 'pulse-1',
  title: { sv: 'Puls', en: 'Pulse' },
  questions: [fixtureMoodQuestion],
};

/** A TestAdapter that also records card updates (the Action.Submit fallback replaces the card it came from). */
class RecordingAdapter extends TeamsTestAdapter {
  readonly updates: Array<Partial<Activity>> = [];
  override updateActivity(context: TurnContext, activity: Partial<Activity>): Promise<ResourceResponse | void> {
    this.updates.push(activity);
    return super.updateActivity(context, activity);
  }
}

interface Setup {
  repos: Repositories;
  adapter: RecordingAdapter;
  faults: { delayMs: number; down: boolean };
}

async function setup(party: TeamsParty, options: { now?: Date } = {}): Promise<Setup> {
  const repos = createInMemoryRepositories();
  await repos.programmes.save(fixtureProgramme, fixtureSessions, [...fixturePrompts, pulse]);
  for (const person of [alexRef, adeleRef]) {
    await repos.enrolments.put({
      programmeId: FIXTURE_PROGRAMME_ID,
      role: 'participant',
      displayName: 'x',
      person,
      source: 'joinCode',
      enrolledAt: '2026-11-01T00:00:00Z',
    });
  }
  const faults = { delayMs: 0, down: false };
  const bot = new ProgrammeBot({
    repos: withStorageFaults(repos, faults, ['answers']),
    clock: () => options.now ?? FIXTURE_NOW,
    logger: silentLogger(),
  });
  const adapter = new RecordingAdapter((context) => bot.run(context), party);
  adapter.onTurnError = createTurnErrorHandler(silentLogger());
  return { repos, adapter, faults };
}

const sv = (key: string, params?: Record<string, string | number>) => t('sv', key, params);
const en = (key: string, params?: Record<string, string | number>) => t('en', key, params);
const ids = { programmeId: FIXTURE_PROGRAMME_ID, promptId: 'reflection-1' };
const answerInvoke = (party: TeamsParty, data: Record<string, unknown>) => teamsCardInvoke(party, 'answerPrompt', { ...ids, ...data });
const stored = (repos: Repositories, person = alexRef, promptId = 'reflection-1') =>
  repos.answers.get(FIXTURE_PROGRAMME_ID, promptId, person);

/** The reply is the invoke response (HTTP 200) carrying a card that shows these texts. */
function invokeCardShowing(...texts: string[]): Expectation {
  return (reply) => {
    if (reply.type !== 'invokeResponse') throw new Error(`expected an invoke response, got ${reply.type}`);
    const { status, body } = reply.value as { status: number; body: unknown };
    if (status !== 200) throw new Error(`expected status 200, got ${status}`);
    const shown = cardTexts(invokeResponseCard(body));
    const missing = texts.filter((text) => !shown.includes(text));
    if (missing.length > 0) throw new Error(`card does not show ${JSON.stringify(missing)}; it shows ${JSON.stringify(shown)}`);
  };
}

/** Also check the card JSON. */
function invokeCardWhere(check: (card: Record<string, unknown>) => void): Expectation {
  return (reply) => check(invokeResponseCard((reply.value as { body: unknown }).body)!);
}

const both =
  (...expectations: Expectation[]): Expectation =>
  (reply) =>
    expectations.forEach((e) => e(reply));

describe('answering a prompt card (Action.Execute)', () => {
  it('stores the answer and replaces the card with the receipt in the person’s language', async () => {
    const { adapter, repos } = await setup(alex);
    await converse(adapter, [
      [
        answerInvoke(alex, { q_q1: 'Att lyssna mer' }),
        invokeCardShowing(sv('prompt.receipt.heading'), 'Att lyssna mer', sv('prompt.receipt.edit')),
      ],
    ]);
    expect(await stored(repos)).toMatchObject({ answers: { q1: 'Att lyssna mer' }, createdAt: FIXTURE_NOW.toISOString() });
  });

  it('answers an English client in English', async () => {
    const { adapter } = await setup(adele);
    await converse(adapter, [
      [answerInvoke(adele, { q_q1: 'Listen more' }), invokeCardShowing(en('prompt.receipt.heading'), en('prompt.receipt.edit'))],
    ]);
  });

  it('ignores person ids forged into the card data and stores the answer for the activity’s person', async () => {
    const { adapter, repos } = await setup(alex);
    const forged = {
      q_q1: 'Mitt svar',
      tenantId: meganRef.tenantId,
      objectId: meganRef.objectId,
      aadObjectId: meganRef.objectId,
      person: meganRef,
    };
    await converse(adapter, [[answerInvoke(alex, forged), invokeCardShowing(sv('prompt.receipt.heading'))]]);
    expect((await stored(repos))?.answers).toEqual({ q1: 'Mitt svar' });
    expect(await stored(repos, meganRef)).toBeUndefined();
  });

  it('says the prompt does not exist when it is unknown, and stores nothing', async () => {
    const { adapter, repos } = await setup(alex);
    await converse(adapter, [
      [answerInvoke(alex, { promptId: 'no-such-prompt', q_q1: 'x' }), invokeCardShowing(sv('prompt.unavailable.notFound.heading'))],
    ]);
    expect(await repos.answers.listByPrompt(FIXTURE_PROGRAMME_ID, 'no-such-prompt')).toEqual([]);
  });

  it('says the person is not in the training when they are not enrolled, and stores nothing', async () => {
    const { adapter, repos } = await setup(megan);
    await converse(adapter, [[answerInvoke(megan, { q_q1: 'x' }), invokeCardShowing(sv('prompt.unavailable.notEnrolled.heading'))]]);
    expect(await stored(repos, meganRef)).toBeUndefined();
  });

  it('says it cannot recognise the account when the activity has no object id', async () => {
    const { adapter } = await setup(alex);
    const anonymous = answerInvoke(alex, { q_q1: 'x' });
    await converse(adapter, [
      [{ ...anonymous, from: { id: alex.userId, name: 'x' } }, invokeCardShowing(sv('prompt.unavailable.noIdentity.heading'))],
    ]);
  });

  it('shows the closed card after the deadline, with nothing to submit, and stores nothing', async () => {
    const { adapter, repos } = await setup(alex, { now: new Date('2026-12-07T16:00:00Z') });
    await converse(adapter, [
      [
        answerInvoke(alex, { q_q1: 'För sent' }),
        both(
          invokeCardShowing(sv('prompt.closed.heading')),
          invokeCardWhere((card) => expect(cardActions(card)).toEqual([])),
        ),
      ],
    ]);
    expect(await stored(repos)).toBeUndefined();
  });

  it('sends back the card with a message under an oversized text, the text kept, and stores nothing', async () => {
    const { adapter, repos } = await setup(alex);
    const long = 'x'.repeat(2001);
    await converse(adapter, [
      [
        answerInvoke(alex, { q_q1: long }),
        both(
          invokeCardShowing(sv('prompt.fixErrors'), sv('answer.error.tooLong', { max: 2000, length: 2001 })),
          invokeCardWhere((card) => expect(JSON.stringify(card)).toContain(`"value":"${long}"`)),
        ),
      ],
    ]);
    expect(await stored(repos)).toBeUndefined();
  });

  it('rejects an unknown field and stores nothing', async () => {
    const { adapter, repos } = await setup(alex);
    await converse(adapter, [[answerInvoke(alex, { q_q1: 'ok', q_hidden: 'smuggled' }), invokeCardShowing(sv('prompt.unknownFields'))]]);
    expect(await stored(repos)).toBeUndefined();
  });

  it('rejects a choice id the question does not have and stores nothing', async () => {
    const { adapter, repos } = await setup(alex);
    await converse(adapter, [
      [
        teamsCardInvoke(alex, 'answerPrompt', { ...ids, promptId: 'pulse-1', q_mood: 'excellent' }),
        invokeCardShowing(sv('answer.error.unknownChoice')),
      ],
    ]);
    expect(await stored(repos, alexRef, 'pulse-1')).toBeUndefined();
  });

  it('opens the answer pre-filled for editing, then stores the edit and shows when it was changed', async () => {
    const { adapter, repos } = await setup(alex);
    await converse(adapter, [[answerInvoke(alex, { q_q1: 'Första' }), invokeCardShowing(sv('prompt.receipt.heading'))]]);
    const version = (await stored(repos))!.version!;
    await converse(adapter, [
      [
        teamsCardInvoke(alex, 'editAnswer', ids),
        both(
          invokeCardShowing(sv('prompt.saveEdit')),
          invokeCardWhere((card) => {
            expect(JSON.stringify(card)).toContain('"value":"Första"');
            expect(cardActions(card)[0].data).toMatchObject({ baseVersion: version });
          }),
        ),
      ],
      [answerInvoke(alex, { q_q1: 'Andra', baseVersion: version }), invokeCardShowing(sv('prompt.receipt.heading'), 'Andra')],
    ]);
    expect((await stored(repos))?.answers).toEqual({ q1: 'Andra' });
  });

  it('gives the conflict card with the stored answer when an edit is based on an old version', async () => {
    const { adapter, repos } = await setup(alex);
    await converse(adapter, [[answerInvoke(alex, { q_q1: 'Första' }), invokeCardShowing(sv('prompt.receipt.heading'))]]);
    const old = (await stored(repos))!.version!;
    await converse(adapter, [
      [answerInvoke(alex, { q_q1: 'Andra', baseVersion: old }), invokeCardShowing(sv('prompt.receipt.heading'))],
      [answerInvoke(alex, { q_q1: 'Tredje', baseVersion: old }), invokeCardShowing(sv('prompt.receipt.conflict'), 'Andra')],
    ]);
    expect((await stored(repos))?.answers).toEqual({ q1: 'Andra' });
  });

  it('shows the try-again card that keeps the answers when storage is down, and stores nothing', async () => {
    const { adapter, repos, faults } = await setup(alex);
    faults.down = true;
    await converse(adapter, [
      [
        answerInvoke(alex, { q_q1: 'Spara mig' }),
        both(
          invokeCardShowing(sv('prompt.tryAgain.heading'), sv('prompt.tryAgain.retry')),
          invokeCardWhere((card) => expect(cardActions(card)[0].data).toMatchObject({ verb: 'answerPrompt', q_q1: 'Spara mig' })),
        ),
      ],
    ]);
    faults.down = false;
    expect(await stored(repos)).toBeUndefined();
  });

  it('answers an action that is not ours with 400', async () => {
    const { adapter } = await setup(alex);
    await converse(adapter, [
      [
        teamsCardInvoke(alex, 'somethingElse', ids),
        (reply) => expect(reply).toMatchObject({ type: 'invokeResponse', value: { status: 400 } }),
      ],
    ]);
  });
});

describe('the sender refresh on a click', () => {
  it('stores the conversation reference, rewrites it only when it changed, and follows a new serviceUrl', async () => {
    const { adapter, repos } = await setup(alex);
    await converse(adapter, [[answerInvoke(alex, { q_q1: 'Ett' }), invokeCardShowing(sv('prompt.receipt.heading'))]]);
    const first = await repos.conversations.get(alexRef);
    expect(first).toMatchObject({ serviceUrl: alex.serviceUrl, conversationId: alex.conversationId, userId: alex.userId });
    await converse(adapter, [[teamsCardInvoke(alex, 'openPrompt', ids), invokeCardShowing(sv('prompt.receipt.heading'))]]);
    expect((await repos.conversations.get(alexRef))?.version).toBe(first?.version);
    const moved = { ...alex, serviceUrl: 'https://smba.trafficmanager.net/amer/' };
    await converse(adapter, [[teamsCardInvoke(moved, 'openPrompt', ids), invokeCardShowing(sv('prompt.receipt.heading'))]]);
    expect(await repos.conversations.get(alexRef)).toMatchObject({ serviceUrl: moved.serviceUrl });
  });
});

describe('the conversation tag in the card data (ref)', () => {
  const alexTag = conversationTag({
    serviceUrl: alex.serviceUrl,
    conversationId: alex.conversationId,
    channelId: 'msteams',
    botId: alex.botId,
    botName: alex.botName,
    userId: alex.userId,
  });

  it('skips reading and writing the conversation when the click comes from the chat the card was sent to', async () => {
    const { adapter, repos } = await setup(alex);
    await converse(adapter, [[answerInvoke(alex, { locale: 'sv', q_q1: 'Ett' }), invokeCardShowing(sv('prompt.receipt.heading'))]]);
    const reads = jest.spyOn(repos.conversations, 'get');
    const writes = jest.spyOn(repos.conversations, 'save');
    await converse(adapter, [
      [teamsCardInvoke(alex, 'openPrompt', { ...ids, locale: 'sv', ref: alexTag }), invokeCardShowing(sv('prompt.receipt.heading'))],
    ]);
    expect(reads).not.toHaveBeenCalled();
    expect(writes).not.toHaveBeenCalled();
  });

  it('refreshes the stored reference as before when the chat moved since the card was sent, or the tag is forged', async () => {
    const { adapter, repos } = await setup(alex);
    await converse(adapter, [[answerInvoke(alex, { locale: 'sv', q_q1: 'Ett' }), invokeCardShowing(sv('prompt.receipt.heading'))]]);
    const moved = { ...alex, serviceUrl: 'https://smba.trafficmanager.net/amer/' };
    await converse(adapter, [
      [teamsCardInvoke(moved, 'openPrompt', { ...ids, locale: 'sv', ref: alexTag }), invokeCardShowing(sv('prompt.receipt.heading'))],
    ]);
    expect(await repos.conversations.get(alexRef)).toMatchObject({ serviceUrl: moved.serviceUrl });
    const reads = jest.spyOn(repos.conversations, 'get');
    await converse(adapter, [
      [teamsCardInvoke(alex, 'openPrompt', { ...ids, locale: 'sv', ref: 'forged' }), invokeCardShowing(sv('prompt.receipt.heading'))],
    ]);
    expect(reads).toHaveBeenCalled();
    expect(await repos.conversations.get(alexRef)).toMatchObject({ serviceUrl: alex.serviceUrl });
  });

  it('puts the tag of the chat into the card it answers with, and takes ref for no input of the answer', async () => {
    const { adapter, repos } = await setup(alex);
    await converse(adapter, [
      [
        answerInvoke(alex, { locale: 'sv', ref: alexTag, q_q1: 'Ett' }),
        invokeCardWhere((card) => {
          const edit = cardActions(card).find((a) => a.type === 'Action.Execute');
          expect(edit?.data).toMatchObject({ verb: 'editAnswer', ref: alexTag });
        }),
      ],
    ]);
    expect((await stored(repos))?.answers).toEqual({ q1: 'Ett' });
  });
});

describe('the language of the card that replaces a clicked one', () => {
  it('writes the receipt in the language the card carries, without reading the person, when the client reads it too', async () => {
    const { adapter, repos } = await setup(alex);
    await repos.people.put({ ...alexRef, displayName: 'Alex', locale: 'en', languagePreference: 'en' });
    const reads = jest.spyOn(repos.people, 'get');
    await converse(adapter, [[answerInvoke(alex, { locale: 'sv', q_q1: 'Ett' }), invokeCardShowing(sv('prompt.receipt.heading'))]]);
    expect(reads).not.toHaveBeenCalled();
    expect(await repos.people.get(alexRef)).toMatchObject({ locale: 'en', languagePreference: 'en' });
    expect(await repos.conversations.get(alexRef)).toMatchObject({ serviceUrl: alex.serviceUrl, locale: 'sv' });
  });

  it('reads the person when the client asks for another language, and their stored language follows the client', async () => {
    const { adapter, repos } = await setup(alex);
    await repos.people.put({ ...alexRef, displayName: 'Alex', locale: 'sv' });
    const english = { ...alex, locale: 'en-GB' };
    await converse(adapter, [[answerInvoke(english, { locale: 'sv', q_q1: 'One' }), invokeCardShowing(en('prompt.receipt.heading'))]]);
    expect(await repos.people.get(alexRef)).toMatchObject({ locale: 'en' });
  });

  it('reads the person for a card that carries no language of ours (older cards, or a forged value)', async () => {
    const { adapter, repos } = await setup(alex);
    await repos.people.put({ ...alexRef, displayName: 'Alex', locale: 'en', languagePreference: 'en' });
    const reads = jest.spyOn(repos.people, 'get');
    await converse(adapter, [[answerInvoke(alex, { locale: 'de', q_q1: 'One' }), invokeCardShowing(en('prompt.receipt.heading'))]]);
    expect(reads).toHaveBeenCalled();
    expect((await stored(repos))?.answers).toEqual({ q1: 'One' });
  });
});

describe('the Action.Submit fallback of older clients', () => {
  it('stores the answer and replaces the card it came from with the receipt', async () => {
    const { adapter, repos } = await setup(alex);
    await adapter.send(teamsCardSubmit(alex, { verb: 'answerPrompt', ...ids, q_q1: 'Via submit' }, '1:the-card')).startTest();
    expect(adapter.updates).toHaveLength(1);
    expect(adapter.updates[0].id).toBe('1:the-card');
    expect(cardTexts(adaptiveCardOf(adapter.updates[0]))).toEqual(expect.arrayContaining([sv('prompt.receipt.heading'), 'Via submit']));
    expect((await stored(repos))?.answers).toEqual({ q1: 'Via submit' });
  });
});

describe('uppgifter', () => {
  const listCard = (reply: Partial<Activity>) => adaptiveCardOf(reply)!;

  it('lists the open prompt with an action that opens it as a card to answer', async () => {
    const { adapter } = await setup(alex);
    await converse(adapter, [
      [
        'uppgifter',
        (reply) => {
          const open = cardActions(listCard(reply)).filter((a) => (a.data as { verb?: string })?.verb === 'openPrompt');
          expect(open.map((a) => [a.title, a.data])).toEqual(
            expect.arrayContaining([
              [sv('prompt.list.open'), { verb: 'openPrompt', ...ids }],
              [sv('prompt.list.open'), { verb: 'openPrompt', ...ids, promptId: 'pulse-1' }],
            ]),
          );
          expect(open).toHaveLength(2);
          expect(cardTexts(listCard(reply))).not.toContain(sv('prompt.list.answered'));
        },
      ],
      [
        teamsCardSubmit(alex, { verb: 'openPrompt', ...ids }),
        (reply) =>
          expect(cardTexts(adaptiveCardOf(reply))).toEqual(expect.arrayContaining(['Reflektion efter träff 1', sv('prompt.submit')])),
      ],
    ]);
  });

  it('marks an answered prompt as answered and opens its receipt', async () => {
    const { adapter } = await setup(alex);
    await converse(adapter, [
      [answerInvoke(alex, { q_q1: 'Klart' }), invokeCardShowing(sv('prompt.receipt.heading'))],
      [
        'uppgifter',
        (reply) =>
          expect(cardTexts(listCard(reply))).toEqual(
            expect.arrayContaining(['Reflektion efter träff 1', sv('prompt.list.answered'), sv('prompt.list.showAnswer')]),
          ),
      ],
      [
        teamsCardSubmit(alex, { verb: 'openPrompt', ...ids }),
        (reply) => expect(cardTexts(adaptiveCardOf(reply))).toEqual(expect.arrayContaining([sv('prompt.receipt.heading'), 'Klart'])),
      ],
    ]);
  });
});
