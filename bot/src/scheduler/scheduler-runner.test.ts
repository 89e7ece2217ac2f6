import { AppError } from '../errors';
import { promptSubject, sessionSubject, type DeliveryRecord } from '../domain/delivery';
import type { AppInstaller } from '../delivery/app-installer';
import { silentLogger } from '../logger';
import { createInMemoryRepositories, type Repositories } from '../storage';
import { conversationOf, DELIVERY_NOW, personAt, seedDeliveryProgramme } from '../testing/delivery-fixture';
import { FakeSender } from '../testing/fake-sender';
import { createSchedulerRunner, type SchedulerRunnerOptions } from './scheduler-runner';

/** The runner over in-memory repositories with a hand-written sender and a clock the test moves. */

const PROGRAMME = 'delivery-test';
let repos: Repositories;
let now: Date;
const clock = () => now;

beforeEach(() => {
  repos = createInMemoryRepositories();
  now = DELIVERY_NOW;
});

function runner(sender: FakeSender, overrides: Partial<SchedulerRunnerOptions> = {}) {
  return createSchedulerRunner({ repos, sender, clock, logger: silentLogger(), instanceId: 'runner-a', tickMs: 1000, ...overrides });
}

const promptRecords = async () =>
  (await repos.deliveries.listBySubject(PROGRAMME, promptSubject('reflection-1'))).filter((r) => r.kind === 'prompt');
const states = (records: DeliveryRecord[]) => records.map((r) => r.state).sort();
const at = (iso: string) => (now = new Date(iso));

describe('scheduler runner', () => {
  it('sends each due prompt once to every participant, and nothing more on the next pass', async () => {
    await seedDeliveryProgramme(repos, {
      participants: 5,
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      extra: [
        { role: 'facilitator', index: 100 },
        { role: 'coordinator', index: 101 },
      ],
    });
    const sender = new FakeSender();
    const first = await runner(sender).runOnce();
    expect(first).toMatchObject({ programmes: 1, due: 5, sent: 5, failed: 0, skipped: 0 });
    expect([...sender.countsByConversation().values()]).toEqual([1, 1, 1, 1, 1]);
    expect(sender.sent[0].message.summary).toBe('Ny uppgift: Uppgift reflection-1');
    const records = await promptRecords();
    expect(records.map((r) => [r.state, r.activityId?.startsWith('1:fake-'), r.conversationId?.startsWith('a:conv-')])).toEqual(
      Array(5).fill(['sent', true, true]),
    );
    expect(await runner(sender).runOnce()).toMatchObject({ due: 0, sent: 0 });
    expect(sender.sent).toHaveLength(5);
  });

  it('does not send the prompt to someone who answered it before the scheduler got to them', async () => {
    await seedDeliveryProgramme(repos, { participants: 3, serviceUrl: 'https://smba.trafficmanager.net/emea/' });
    await repos.answers.create({
      programmeId: PROGRAMME,
      promptId: 'reflection-1',
      person: personAt(1),
      answers: { q1: 'Svar' },
      createdAt: '2026-12-01T12:10:00.000Z',
      editedAt: '2026-12-01T12:10:00.000Z',
    });
    const sender = new FakeSender();
    expect(await runner(sender).runOnce()).toMatchObject({ due: 2, sent: 2 });
    expect(sender.sent.map((s) => s.conversationId)).toEqual(['a:conv-0', 'a:conv-2']);
  });

  it('sends the session reminder at 09:00 the day before to participants and facilitators', async () => {
    await seedDeliveryProgramme(repos, {
      participants: 3,
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      extra: [
        { role: 'facilitator', index: 100 },
        { role: 'coordinator', index: 101 },
      ],
    });
    const sender = new FakeSender();
    at('2026-12-07T07:59:00Z');
    await runner(sender).runOnce();
    expect(await repos.deliveries.listBySubject(PROGRAMME, sessionSubject(2))).toEqual([]);
    at('2026-12-07T08:00:00Z');
    await runner(sender).runOnce();
    const reminders = await repos.deliveries.listBySubject(PROGRAMME, sessionSubject(2));
    expect(reminders.map((r) => r.person.objectId.slice(-3))).toEqual(['000', '001', '002', '100']);
    expect(states(reminders)).toEqual(['sent', 'sent', 'sent', 'sent']);
    expect(sender.sent.filter((s) => s.message.summary?.startsWith('Träff 2'))).toHaveLength(4);
  });

  it('reminds only participants who have not answered, once per reminder time', async () => {
    await seedDeliveryProgramme(repos, { participants: 4, serviceUrl: 'https://smba.trafficmanager.net/emea/' });
    const sender = new FakeSender();
    await runner(sender).runOnce();
    await repos.answers.create({
      programmeId: PROGRAMME,
      promptId: 'reflection-1',
      person: personAt(0),
      answers: { q1: 'Svar' },
      createdAt: '2026-12-02T10:00:00.000Z',
      editedAt: '2026-12-02T10:00:00.000Z',
    });
    at('2026-12-04T08:00:00Z');
    expect(await runner(sender).runOnce()).toMatchObject({ due: 3, sent: 3 });
    const reminders = (await repos.deliveries.listBySubject(PROGRAMME, promptSubject('reflection-1'))).filter(
      (r) => r.kind === 'promptReminder',
    );
    expect(reminders.map((r) => [r.person.objectId.slice(-1), r.slot, r.state])).toEqual([
      ['1', '2026-12-04T09:00', 'sent'],
      ['2', '2026-12-04T09:00', 'sent'],
      ['3', '2026-12-04T09:00', 'sent'],
    ]);
    at('2026-12-05T08:00:00Z');
    expect(await runner(sender).runOnce()).toMatchObject({ due: 0 });
    expect(sender.sent.filter((s) => s.message.summary === 'Påminnelse: Uppgift reflection-1').map((s) => s.conversationId)).toEqual([
      'a:conv-1',
      'a:conv-2',
      'a:conv-3',
    ]);
  });

  it('records people without a conversation as unreachable, and sends once they have one', async () => {
    await seedDeliveryProgramme(repos, { participants: 3, serviceUrl: 'https://smba.trafficmanager.net/emea/', withoutConversation: [2] });
    const sender = new FakeSender();
    expect(await runner(sender).runOnce()).toMatchObject({ sent: 2, unreachable: 1 });
    expect((await promptRecords())[2]).toMatchObject({ state: 'unreachable', reason: 'not installed' });

    await repos.conversations.save(conversationOf(personAt(2), 2, 'https://smba.trafficmanager.net/emea/'));
    at('2026-12-01T12:40:00Z');
    expect(await runner(sender).runOnce()).toMatchObject({ due: 0 });
    at('2026-12-01T12:46:00Z');
    expect(await runner(sender).runOnce()).toMatchObject({ due: 1, sent: 1 });
    expect(states(await promptRecords())).toEqual(['sent', 'sent', 'sent']);
  });

  it('installs the app for people without a conversation when an installer is configured', async () => {
    await seedDeliveryProgramme(repos, {
      participants: 2,
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      withoutConversation: [0, 1],
    });
    const installed: string[] = [];
    const installer: AppInstaller = {
      async install(person) {
        installed.push(person.objectId);
        // Teams tells the bot about the install at once for person 1 only.
        if (person.objectId.endsWith('1'))
          await repos.conversations.save(conversationOf(person, 1, 'https://smba.trafficmanager.net/emea/'));
        return { status: 'installed', chatId: `19:${person.objectId}_bot@unq.gbl.spaces` };
      },
    };
    const sender = new FakeSender();
    expect(await runner(sender, { installer }).runOnce()).toMatchObject({ sent: 1, unreachable: 1 });
    expect(installed).toHaveLength(2);
    expect((await promptRecords())[0]).toMatchObject({
      state: 'unreachable',
      reason: 'installed; waiting for Teams to open the chat',
      chatId: `19:${personAt(0).objectId}_bot@unq.gbl.spaces`,
    });
  });

  it('records final errors with their reason and does not retry them', async () => {
    await seedDeliveryProgramme(repos, { participants: 3, serviceUrl: 'https://smba.trafficmanager.net/emea/' });
    const sender = new FakeSender();
    sender.script = (c) =>
      c.conversationId === 'a:conv-1' ? { status: 'failed', reason: 'http 403 ConversationBlockedByUser', attempts: 1 } : undefined;
    expect(await runner(sender).runOnce()).toMatchObject({ sent: 2, failed: 1 });
    expect((await promptRecords())[1]).toMatchObject({ state: 'failed', reason: 'http 403 ConversationBlockedByUser' });
    at('2026-12-02T12:00:00Z');
    expect(await runner(sender).runOnce()).toMatchObject({ due: 0 });
  });

  it('gives a claim back when storage fails before anything was sent, and sends it on the next pass', async () => {
    await seedDeliveryProgramme(repos, { participants: 2, serviceUrl: 'https://smba.trafficmanager.net/emea/' });
    const conversations = repos.conversations;
    const flaky: Repositories = {
      ...repos,
      conversations: {
        get: (person) => (person.objectId.endsWith('1') ? Promise.reject(new AppError('STORAGE_UNAVAILABLE')) : conversations.get(person)),
        save: (conversation) => conversations.save(conversation),
        markGreeted: (person, at) => conversations.markGreeted(person, at),
      },
    };
    const sender = new FakeSender();
    expect(await runner(sender, { repos: flaky }).runOnce()).toMatchObject({ sent: 1, released: 1, interrupted: 0 });
    expect((await promptRecords())[1]).toMatchObject({ state: 'pending', attempts: 0 });
    expect(await runner(sender).runOnce()).toMatchObject({ sent: 1 });
    expect(sender.sent.map((s) => s.conversationId)).toEqual(['a:conv-0', 'a:conv-1']);
  });

  it('after a crash mid fan-out, reports the claimed deliveries as unknown and never sends them again', async () => {
    await seedDeliveryProgramme(repos, { participants: 12, serviceUrl: 'https://smba.trafficmanager.net/emea/' });
    const crash = new AbortController();
    const before = new FakeSender();
    before.delayMs = 2;
    before.script = (_c, call) => {
      if (call < 4) return undefined;
      crash.abort();
      return 'crash';
    };
    const a = runner(before, { concurrency: 3, claimLeaseMs: 10 * 60_000 });
    const report = await a.runOnce(crash.signal);
    expect(report.aborted).toBe(true);
    const afterCrash = await promptRecords();
    const claimed = afterCrash.filter((r) => r.state === 'sending');
    expect(claimed.length).toBeGreaterThan(0);
    expect(afterCrash.filter((r) => r.state === 'pending').length).toBeGreaterThan(0);

    // The restarted process (another instance id) sends the rest at once and leaves the claims alone...
    const after = new FakeSender();
    const b = runner(after, { instanceId: 'runner-b' });
    const restarted = await b.runOnce();
    expect(restarted.markedUnknown).toBe(0);
    // ...until their claim lapses: then they are reported as unknown, not sent.
    at('2026-12-01T12:41:00Z');
    expect(await b.runOnce()).toMatchObject({ markedUnknown: claimed.length, sent: 0 });
    const final = await promptRecords();
    expect(final.filter((r) => r.state === 'unknown').map((r) => r.reason)).toEqual(
      Array(claimed.length).fill('claim lease passed without an outcome'),
    );
    const everyone = [...before.sent, ...after.sent].map((s) => s.conversationId);
    expect(new Set(everyone).size).toBe(everyone.length);
    expect(final.filter((r) => r.state === 'sent').length + claimed.length).toBe(12);
  });

  it('never sends one delivery twice when two runners run at once', async () => {
    await seedDeliveryProgramme(repos, { participants: 20, serviceUrl: 'https://smba.trafficmanager.net/emea/' });
    const senderA = new FakeSender();
    const senderB = new FakeSender();
    senderA.delayMs = senderB.delayMs = 1;
    const [a, b] = await Promise.all([
      runner(senderA, { concurrency: 4 }).runOnce(),
      runner(senderB, { instanceId: 'runner-b', concurrency: 4 }).runOnce(),
    ]);
    const all = [...senderA.sent, ...senderB.sent].map((s) => s.conversationId);
    expect(all).toHaveLength(20);
    expect(new Set(all).size).toBe(20);
    expect(a.sent + b.sent).toBe(20);
    expect(states(await promptRecords())).toEqual(Array(20).fill('sent'));
  });
});

describe('scheduler runner with its lease', () => {
  const moving = () => {
    const t0 = Date.now();
    return () => new Date(DELIVERY_NOW.getTime() + (Date.now() - t0));
  };
  const until = async (check: () => boolean | Promise<boolean>, timeoutMs = 3000) => {
    const end = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > end) throw new Error('condition not met in time');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };

  it('runs passes only on the instance that holds the lease', async () => {
    await seedDeliveryProgramme(repos, { participants: 6, serviceUrl: 'https://smba.trafficmanager.net/emea/' });
    const liveClock = moving();
    const senderA = new FakeSender();
    const senderB = new FakeSender();
    const a = runner(senderA, { clock: liveClock, tickMs: 20, leaseMs: 5000 });
    const b = runner(senderB, { clock: liveClock, tickMs: 20, leaseMs: 5000, instanceId: 'runner-b' });
    a.start();
    await until(() => a.holdsLease);
    b.start();
    await until(() => senderA.sent.length === 6);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect([a.holdsLease, b.holdsLease]).toEqual([true, false]);
    expect(senderB.sent).toEqual([]);
    await a.stop();
    await until(() => b.holdsLease);
    await b.stop();
  });

  it('runs the after-pass work (the retention purge) only on the lease holder', async () => {
    await seedDeliveryProgramme(repos, { participants: 2, serviceUrl: 'https://smba.trafficmanager.net/emea/' });
    const liveClock = moving();
    const ranOn: string[] = [];
    const a = runner(new FakeSender(), {
      clock: liveClock,
      tickMs: 20,
      leaseMs: 5000,
      afterPass: async () => void ranOn.push('runner-a'),
    });
    const b = runner(new FakeSender(), {
      clock: liveClock,
      tickMs: 20,
      leaseMs: 5000,
      instanceId: 'runner-b',
      afterPass: async () => void ranOn.push('runner-b'),
    });
    a.start();
    await until(() => ranOn.length >= 2);
    b.start();
    await new Promise((resolve) => setTimeout(resolve, 80));
    // b stops first, so it never gets the lease that a lets go.
    await b.stop();
    await a.stop();
    expect(new Set(ranOn)).toEqual(new Set(['runner-a']));
  });

  it('stops sending when a renewal finds the lease taken over', async () => {
    await seedDeliveryProgramme(repos, { participants: 40, serviceUrl: 'https://smba.trafficmanager.net/emea/' });
    const sender = new FakeSender();
    sender.delayMs = 15;
    const a = runner(sender, { clock: moving(), tickMs: 20, leaseMs: 5000, renewMs: 25, concurrency: 1 });
    a.start();
    await until(() => sender.sent.length >= 3);
    const lease = (await repos.leases.get('scheduler'))!;
    await repos.leases.update({ ...lease, holder: 'intruder', expiresAt: '2099-01-01T00:00:00.000Z' });
    await until(() => !a.holdsLease);
    const stoppedAt = sender.sent.length;
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(sender.sent.length).toBeLessThanOrEqual(stoppedAt + 1);
    expect(sender.sent.length).toBeLessThan(40);
    expect((await promptRecords()).filter((r) => r.state === 'pending').length).toBeGreaterThan(0);
    await a.stop();
    expect(await repos.leases.get('scheduler')).toMatchObject({ holder: 'intruder' });
  });
});
