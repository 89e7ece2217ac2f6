import { createInMemoryRepositories } from '../../bot/src/storage';
import type { Repositories } from '../../bot/src/storage/repositories';
import { sendMeetingFollowUp } from '../../bot/src/live/meeting-follow-up';
import { runFollowUp, sweepMeetingFollowUps, type FollowUpRunner } from '../../bot/src/live/follow-up-sweep';
import { silentLogger } from '../../bot/src/logger';
import { FakeSender } from '../../bot/src/testing/fake-sender';
import { LIVE_NOW, LIVE_PROGRAMME_ID, livePeople, seedLiveProgramme, type LivePeople } from './live-fixture';

/**
 * The meeting follow-up when the instance that saw meetingEnd went away
 * before finishing: the scheduler's sweep finds the ended meeting without
 * its done mark and sends the follow-up; the delivery records keep every
 * message to once, however often it runs.
 */
let repos: Repositories;
let sender: FakeSender;
let people: LivePeople;
let runner: FollowUpRunner;
const clock = () => LIVE_NOW;
const logger = silentLogger();

beforeEach(async () => {
  repos = createInMemoryRepositories();
  sender = new FakeSender();
  people = livePeople('http://127.0.0.1:9/');
  await seedLiveProgramme(repos, people, 'http://127.0.0.1:9/');
  runner = {
    send: (programmeId, session) =>
      sendMeetingFollowUp({ repos, sender, clock, logger, instanceId: 'test' }, programmeId, session).then(() => undefined),
  };
  for (const party of [people.pia, people.per]) {
    await repos.live.saveAttendance({
      programmeId: LIVE_PROGRAMME_ID,
      sessionNumber: 2,
      person: { tenantId: party.tenantId, objectId: party.aadObjectId },
      events: [{ kind: 'join', at: '2026-12-08T08:00:00.000Z' }],
    });
  }
  // The meeting's end was recorded; the follow-up was never marked done.
  await repos.live.saveAgenda({
    programmeId: LIVE_PROGRAMME_ID,
    sessionNumber: 2,
    currentItem: 2,
    meetingEndedAt: '2026-12-08T10:50:00.000Z',
    updatedAt: '2026-12-08T10:50:00.000Z',
  });
});

const summaries = () => sender.sent.map((s) => `${s.conversationId} ${s.message.summary}`).sort();

describe('meeting follow-up sweep', () => {
  it('sends the follow-up of an ended meeting that has none, marks it done, and finds nothing the second time', async () => {
    expect(await sweepMeetingFollowUps({ repos, clock, logger }, runner)).toBe(1);
    // Pia and Per (a:conv-500, 501) attended: the feedback and the open reflection; Pål and Pam get the catch-up.
    expect(sender.countsByConversation()).toEqual(
      new Map([
        ['a:conv-500', 2],
        ['a:conv-501', 2],
        ['a:conv-502', 1],
        ['a:conv-503', 1],
      ]),
    );
    expect(summaries().filter((s) => s.startsWith('a:conv-503'))).toEqual(['a:conv-503 Det här missade du på träff 2']);
    expect((await repos.live.getAgenda(LIVE_PROGRAMME_ID, 2))?.followUpDoneAt).toBe(LIVE_NOW.toISOString());

    expect(await sweepMeetingFollowUps({ repos, clock, logger }, runner)).toBe(0);
    expect(sender.sent).toHaveLength(6);
  });

  it('sends each message once when the meeting-end turn and the sweep run the follow-up at the same time', async () => {
    await Promise.all([
      runFollowUp({ repos, clock }, runner, LIVE_PROGRAMME_ID, 2),
      sweepMeetingFollowUps({ repos, clock, logger }, runner),
      runFollowUp({ repos, clock }, runner, LIVE_PROGRAMME_ID, 2),
    ]);
    expect(sender.sent).toHaveLength(6);
    expect([...sender.countsByConversation().values()].sort()).toEqual([1, 1, 2, 2]);
  });

  it('leaves sessions whose meeting has not ended alone', async () => {
    await repos.live.saveAgenda({ ...(await repos.live.getAgenda(LIVE_PROGRAMME_ID, 2))!, meetingEndedAt: undefined });
    expect(await sweepMeetingFollowUps({ repos, clock, logger }, runner)).toBe(0);
    expect(sender.sent).toEqual([]);
  });
});
