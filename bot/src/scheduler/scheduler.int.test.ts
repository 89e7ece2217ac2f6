import { conversationTag } from '../cards/conversation-tag';
import { promptSubject, type DeliveryRecord } from '../domain/delivery';
import { adaptiveCardOf, cardActions } from '../testing/card-inspect';
import type { MessageSender } from '../delivery/message-sender';
import { silentLogger } from '../logger';
import { createTableRepositories, type Repositories } from '../storage';
import { createAdapter } from '../teams/adapter';
import { createProactiveSender } from '../teams/proactive-sender';
import { startConnectorFake, type ConnectorFake, type ConnectorFakeOptions } from '../testing/connector-fake';
import { conversationOf, DELIVERY_NOW, personAt, seedDeliveryProgramme } from '../testing/delivery-fixture';
import { createScheduler } from './create-scheduler';
import { LeaseHold } from './lease';
import { createSchedulerRunner } from './scheduler-runner';

/**
 * The scheduler end to end: Table Storage in Azurite, the real sender over
 * a CloudAdapter (anonymous) posting to the connector fake on loopback.
 * Rates are high so the suite stays quick; the fan-out benchmark runs the
 * real ones.
 */

const connectionString = process.env.TEST_STORAGE_CONNECTION_STRING!;
const filePrefix =
  's' +
  Math.random()
    .toString(36)
    .replace(/[^a-z]/g, '')
    .slice(0, 6);
let run = 0;
const PROGRAMME = 'delivery-test';

let repos: Repositories;
let fake: ConnectorFake | undefined;
let now: Date;
const clock = () => now;

beforeEach(async () => {
  repos = await createTableRepositories({ connectionString, tablePrefix: `${filePrefix}${++run}` });
  now = DELIVERY_NOW;
});
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function connector(options: ConnectorFakeOptions = {}) {
  fake = await startConnectorFake({ limits: { perTenantPerSecond: 400, perConversationPerSecond: 7 }, ...options });
  return fake;
}

function realSender(policy = { production: false }): MessageSender {
  return createProactiveSender({
    adapter: createAdapter({}, silentLogger()),
    serviceUrlPolicy: policy,
    rates: { perTenantPerSecond: 400, perConversationPerSecond: 7 },
    logger: silentLogger(),
  });
}

function runner(sender: MessageSender, instanceId = 'runner-a', concurrency = 8) {
  return createSchedulerRunner({ repos, sender, clock, logger: silentLogger(), instanceId, tickMs: 1000, concurrency });
}

const promptRecords = async (): Promise<DeliveryRecord[]> =>
  (await repos.deliveries.listBySubject(PROGRAMME, promptSubject('reflection-1'))).filter((r) => r.kind === 'prompt');
const conversationIds = (n: number) => Array.from({ length: n }, (_, i) => `a:conv-${i}`);

/** Deterministic "random" for the injected 429s. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('scheduler against Azurite and the connector fake', () => {
  it('delivers everything exactly once through a 429 storm, waiting out every Retry-After', async () => {
    // Every other conversation is throttled on its first call, and 5 % of the calls within the rate at random.
    const fake = await connector({
      respond: ({ conversationId, attempt }) =>
        attempt === 1 && Number(conversationId.slice(7)) % 2 === 0 ? { status: 429, retryAfter: 1 } : undefined,
      inject429: { share: 0.05, retryAfterSeconds: 1, random: seeded(3) },
    });
    await seedDeliveryProgramme(repos, { participants: 40, serviceUrl: fake.url });
    // Enough in flight that waiting out a Retry-After does not hold up the others.
    const started = Date.now();
    const report = await runner(realSender(), 'runner-a', 40).runOnce();
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(report).toMatchObject({ due: 40, sent: 40, failed: 0 });
    expect(fake.stats.scripted + fake.stats.injected429).toBeGreaterThanOrEqual(20);
    expect(fake.stats).toMatchObject({ retryAfterViolations: 0, overRate: 0, delivered: 40 });
    expect(fake.duplicates()).toEqual({ conversations: 0, extra: 0 });
    expect(fake.lost(conversationIds(40))).toEqual([]);
    const records = await promptRecords();
    const ids = new Set(fake.activities.map((a) => a.id));
    expect(records.every((r) => r.state === 'sent' && ids.has(r.activityId!))).toBe(true);
  });

  it('records final errors and refused serviceUrls with their reasons, and sends the rest', async () => {
    const fake = await connector({
      respond: ({ conversationId }) =>
        conversationId === 'a:conv-1'
          ? { status: 403, code: 'ConversationBlockedByUser' }
          : conversationId === 'a:conv-2'
            ? { status: 404, code: 'ConversationNotFound' }
            : undefined,
    });
    await seedDeliveryProgramme(repos, { participants: 5, serviceUrl: fake.url });
    await repos.conversations.save(conversationOf(personAt(3), 3, 'https://connector.evil.example/'));
    const report = await runner(realSender()).runOnce();
    expect(report).toMatchObject({ sent: 2, failed: 3 });
    const records = await promptRecords();
    expect(records.map((r) => [r.state, r.reason])).toEqual([
      ['sent', undefined],
      ['failed', 'http 403 ConversationBlockedByUser'],
      ['failed', 'http 404 ConversationNotFound'],
      ['failed', 'serviceUrl not allowed'],
      ['sent', undefined],
    ]);
    expect(fake.stats.sendCalls).toBe(4);
    expect(fake.deliveredTo.has('a:conv-3')).toBe(false);
  });

  it('after a process dies mid fan-out, the restarted one reports the lost claim as unknown and sends no duplicate', async () => {
    const fake = await connector();
    await seedDeliveryProgramme(repos, { participants: 30, serviceUrl: fake.url });
    const crash = new AbortController();
    const real = realSender();
    let calls = 0;
    // Dies right after the 10th message went out, before its record says so.
    const dying: MessageSender = {
      async send(conversation, message, options) {
        const outcome = await real.send(conversation, message, options);
        if (++calls === 10) {
          crash.abort();
          throw new Error('killed');
        }
        return outcome;
      },
    };
    const first = await runner(dying, 'process-1', 3).runOnce(crash.signal);
    expect(first.aborted).toBe(true);
    expect(first.interrupted).toBe(1);

    const restarted = runner(realSender(), 'process-2');
    await restarted.runOnce();
    now = new Date(DELIVERY_NOW.getTime() + 11 * 60_000);
    const later = await restarted.runOnce();
    expect(later).toMatchObject({ markedUnknown: 1, sent: 0 });

    expect(fake.duplicates()).toEqual({ conversations: 0, extra: 0 });
    expect(fake.lost(conversationIds(30))).toEqual([]);
    const records = await promptRecords();
    expect(records.filter((r) => r.state === 'sent')).toHaveLength(29);
    expect(records.filter((r) => r.state === 'unknown')).toEqual([
      expect.objectContaining({ claimant: 'process-1', reason: 'claim lease passed without an outcome' }),
    ]);
  });

  it('never sends one delivery twice when two schedulers run at once', async () => {
    const fake = await connector();
    await seedDeliveryProgramme(repos, { participants: 30, serviceUrl: fake.url });
    const [a, b] = await Promise.all([runner(realSender(), 'instance-a').runOnce(), runner(realSender(), 'instance-b').runOnce()]);
    expect(a.sent + b.sent).toBe(30);
    expect(fake.duplicates()).toEqual({ conversations: 0, extra: 0 });
    expect(fake.lost(conversationIds(30))).toEqual([]);
    const records = await promptRecords();
    expect(records.every((r) => r.state === 'sent')).toBe(true);
    expect(new Set(records.map((r) => r.claimant)).size).toBeGreaterThanOrEqual(1);
  });

  it('hands the lease over by conditional writes: the old holder finds out on renewal', async () => {
    const a = new LeaseHold(repos.leases, 'scheduler', 'instance-a', 30_000, clock);
    const b = new LeaseHold(repos.leases, 'scheduler', 'instance-b', 30_000, clock);
    expect(await a.acquire()).toBe(true);
    expect(await b.acquire()).toBe(false);
    now = new Date(DELIVERY_NOW.getTime() + 30_000);
    expect(await b.acquire()).toBe(true);
    expect(await a.renew()).toBe('lost');
    expect(await repos.leases.get('scheduler')).toMatchObject({ holder: 'instance-b' });
  });
});

describe('createScheduler', () => {
  it('wires the sender and the runner for the composition root: a pass posts through the adapter', async () => {
    const fake = await connector();
    const { conversations } = await seedDeliveryProgramme(repos, { participants: 3, serviceUrl: fake.url });
    const conversationWith = (id: string) => conversations.find((c) => c.conversationId === id)!;
    const { runner, instanceId } = createScheduler({
      repos,
      adapter: createAdapter({}, silentLogger()),
      serviceUrlPolicy: { production: false },
      clock,
      logger: silentLogger(),
      settings: { sendRatePerTenant: 100 },
    });
    expect(await runner.runOnce()).toMatchObject({ sent: 3 });
    expect((await promptRecords()).map((r) => r.claimant)).toEqual([instanceId, instanceId, instanceId]);
    expect(fake.stats.delivered).toBe(3);
    // Each prompt card carries the tag of the chat it went to, so a click from there can skip the reference read.
    for (const sent of fake.activities) {
      const stored = conversationWith(sent.conversationId);
      const execute = cardActions(adaptiveCardOf(sent.activity)).find((a) => a.type === 'Action.Execute');
      expect(execute?.data).toMatchObject({ ref: conversationTag(stored) });
    }
  });
});
