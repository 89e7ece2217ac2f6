import { promptSubject } from '../bot/src/domain/delivery';
import { createInMemoryRepositories, type Repositories } from '../bot/src/storage';
import { DELIVERY_NOW, personAt, seedDeliveryProgramme } from '../bot/src/testing/delivery-fixture';
import { FakeSender } from '../bot/src/testing/fake-sender';
import { runProgrammeCli, type CliContext } from './programme-cli';
import { OutputCapture } from './testing/output-capture';

function harness(repos: Repositories, sender: FakeSender, now = DELIVERY_NOW) {
  const stdout = new OutputCapture();
  const stderr = new OutputCapture();
  const ctx: CliContext = {
    env: {},
    stdout,
    stderr,
    now: () => now,
    readFile: () => Promise.reject(new Error('not used')),
    openRepositories: () => repos,
    openSender: () => sender,
  };
  return { stdout, stderr, run: (...args: string[]) => runProgrammeCli(args, ctx) };
}

describe('programme CLI: send', () => {
  let repos: Repositories;
  beforeEach(async () => {
    repos = createInMemoryRepositories();
    await seedDeliveryProgramme(repos, {
      participants: 5,
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      withoutConversation: [4],
      extra: [{ role: 'facilitator', index: 100 }],
    });
    await repos.enrolments.put({
      programmeId: 'delivery-test',
      role: 'participant',
      displayName: 'Not yet in Teams',
      email: 'waiting@example.com',
      source: 'roster',
      enrolledAt: '2026-11-01T08:00:00.000Z',
    });
  });

  it('sends the prompt now to every participant and prints sent, failed, unreachable and unknown', async () => {
    const sender = new FakeSender();
    sender.script = (c) =>
      c.conversationId === 'a:conv-1' ? { status: 'failed', reason: 'http 403 ConversationBlockedByUser', attempts: 1 } : undefined;
    const { stdout, run } = harness(repos, sender);
    expect(await run('send', 'delivery-test', 'reflection-1', '--lang', 'en')).toBe(0);
    expect(stdout.text.split('\n').filter(Boolean)).toEqual([
      'Prompt reflection-1 in delivery-test: 3 sent, 1 failed, 2 unreachable, 0 unknown.',
      '  failed: http 403 ConversationBlockedByUser (1)',
      '  unreachable: the app is not installed (1)',
      '  unreachable: not linked to a Teams account yet (1)',
    ]);
    expect(sender.sent.map((s) => s.conversationId)).toEqual(['a:conv-0', 'a:conv-2', 'a:conv-3']);
  });

  it('sends nobody anything twice when run again, and reports the same summary in Swedish', async () => {
    const sender = new FakeSender();
    const { stdout, run } = harness(repos, sender);
    await run('send', 'delivery-test', 'reflection-1');
    stdout.text = '';
    expect(await run('send', 'delivery-test', 'reflection-1')).toBe(0);
    expect(sender.sent).toHaveLength(4);
    expect(stdout.text.split('\n')[0]).toBe('Utskicket reflection-1 i delivery-test: 4 skickade, 0 misslyckade, 2 nås inte, 0 okända.');
  });

  it('shares the delivery records with the scheduler: someone already sent to is left alone', async () => {
    await repos.deliveries.create({
      programmeId: 'delivery-test',
      kind: 'prompt',
      subject: promptSubject('reflection-1'),
      person: personAt(0),
      state: 'sent',
      scheduledAt: '2026-12-01T12:00:00.000Z',
      createdAt: '2026-12-01T12:00:00.000Z',
      updatedAt: '2026-12-01T12:00:01.000Z',
      attempts: 1,
      activityId: '1:earlier',
      sentAt: '2026-12-01T12:00:01.000Z',
    });
    const sender = new FakeSender();
    await harness(repos, sender).run('send', 'delivery-test', 'reflection-1');
    expect(sender.sent.map((s) => s.conversationId)).not.toContain('a:conv-0');
  });

  it.each([
    [['send', 'nope', 'reflection-1'], 'There is no programme nope.'],
    [['send', 'delivery-test', 'nope'], 'Programme delivery-test has no prompt nope.'],
  ])('exits 1 for %j', async (args, message) => {
    const { stderr, run } = harness(repos, new FakeSender());
    expect(await run(...args, '--lang', 'en')).toBe(1);
    expect(stderr.text.trim()).toBe(message);
  });

  it('sends a prompt neither before it opens nor after it closes', async () => {
    const early = harness(repos, new FakeSender(), new Date('2026-12-01T11:00:00Z'));
    expect(await early.run('send', 'delivery-test', 'reflection-1', '--lang', 'en')).toBe(1);
    expect(early.stderr.text.trim()).toBe(
      'The prompt reflection-1 opens on Tuesday 1 December 13:00; answers are taken only from then, so it is not sent earlier.',
    );
    const late = harness(repos, new FakeSender(), new Date('2026-12-07T16:00:00Z'));
    expect(await late.run('send', 'delivery-test', 'reflection-1', '--lang', 'en')).toBe(1);
    expect(late.stderr.text.trim()).toBe('The prompt reflection-1 closed on Monday 7 December 17:00 and is no longer sent.');
  });

  it('lists the send command in the usage', async () => {
    const { stdout, run } = harness(repos, new FakeSender());
    await run('--help', '--lang', 'en');
    expect(stdout.text).toContain('  send PROGRAMME PROMPT  send a prompt now to every participant (at most once per person)');
  });
});
