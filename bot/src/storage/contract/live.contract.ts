import type { LiveRun, MeetingChat } from '../../domain/live';
import type { Repositories } from '../repositories';
import { expectAppError, settle } from './expect-app-error';
import { personRef, uniqueId } from './fixtures';

const AT = '2026-12-01T09:00:00.000Z';

function run(programmeId: string, runId: string): LiveRun {
  return {
    programmeId,
    sessionNumber: 2,
    runId,
    prompt: { id: 'mood', type: 'rating', question: { sv: 'Hur känns det?', en: 'How does it feel?' } },
    state: 'open',
    locale: 'sv',
    chatId: '19:meeting_abc@thread.v2',
    openedAt: AT,
  };
}

export function describeLiveContract(getRepos: () => Repositories): void {
  describe('MeetingRepository', () => {
    const repo = () => getRepos().meetings;
    const chat = (chatId: string): MeetingChat => ({
      chatId,
      tenantId: personRef(1).tenantId,
      serviceUrl: 'http://127.0.0.1:1/',
      channelId: 'msteams',
      botId: '28:bot',
      updatedAt: AT,
    });

    it('creates a chat row once and replaces it only with the version read', async () => {
      const id = `19:meeting_${uniqueId('m')}@thread.v2`;
      const created = await repo().save(chat(id));
      await expectAppError(repo().save(chat(id)), 'STORAGE_ALREADY_EXISTS');
      const bound = await repo().save({ ...created, programmeId: 'p1', sessionNumber: 1 });
      await expectAppError(repo().save({ ...created, programmeId: 'p2' }), 'STORAGE_CONFLICT');
      expect(await repo().get(id)).toEqual(bound);
    });

    it('lets exactly one of racing changes set endedAt first', async () => {
      const id = `19:meeting_${uniqueId('m')}@thread.v2`;
      await repo().save(chat(id));
      const winners: string[] = [];
      await Promise.all(
        ['a', 'b', 'c'].map((who) =>
          repo()
            .change(id, (current) => {
              if (!current || current.endedAt) return undefined;
              return { ...current, endedAt: `2026-12-01T10:00:0${'abc'.indexOf(who)}.000Z`, updatedAt: AT };
            })
            .then((after) => {
              if (after?.endedAt === `2026-12-01T10:00:0${'abc'.indexOf(who)}.000Z`) winners.push(who);
            }),
        ),
      );
      expect(winners).toHaveLength(1);
    });
  });

  describe('LiveRepository', () => {
    const repo = () => getRepos().live;

    it('keeps one agenda state per session, changed only with the version read', async () => {
      const programmeId = uniqueId('live');
      const created = await repo().saveAgenda({ programmeId, sessionNumber: 2, currentItem: 0, itemStartedAt: AT, updatedAt: AT });
      const { won } = await settle([1, 2, 3].map((item) => repo().saveAgenda({ ...created, currentItem: item })));
      expect(won).toBe(1);
      expect(await repo().getAgenda(programmeId, 1)).toBeUndefined();
      expect((await repo().getAgenda(programmeId, 2))?.currentItem).toBeGreaterThan(0);
    });

    it('stores runs, answers per person and attendance, listed per session and run', async () => {
      const programmeId = uniqueId('live');
      await repo().saveRun(run(programmeId, 'r1'));
      await repo().saveRun(run(programmeId, 'r2'));
      for (const n of [1, 2, 3]) {
        await repo().saveAnswer({ programmeId, sessionNumber: 2, runId: 'r1', person: personRef(n), value: n, answeredAt: AT });
      }
      await repo().saveAnswer({ programmeId, sessionNumber: 2, runId: 'r2', person: personRef(1), value: 5, answeredAt: AT });
      await expectAppError(
        repo().saveAnswer({ programmeId, sessionNumber: 2, runId: 'r1', person: personRef(1), value: 4, answeredAt: AT }),
        'STORAGE_ALREADY_EXISTS',
      );
      expect((await repo().listRuns(programmeId, 2)).map((r) => r.runId)).toEqual(['r1', 'r2']);
      expect((await repo().listAnswers(programmeId, 2, 'r1')).map((a) => a.value).sort()).toEqual([1, 2, 3]);
      expect(await repo().getAnswer(programmeId, 2, 'r2', personRef(1))).toMatchObject({ value: 5, version: expect.any(String) });

      const attendance = await repo().saveAttendance({
        programmeId,
        sessionNumber: 2,
        person: personRef(1),
        events: [{ kind: 'join', at: AT }],
      });
      await repo().saveAttendance({ ...attendance, events: [...attendance.events, { kind: 'leave', at: '2026-12-01T10:00:00.000Z' }] });
      await expectAppError(repo().saveAttendance({ ...attendance, events: [] }), 'STORAGE_CONFLICT');
      const listed = await repo().listAttendance(programmeId, 2);
      expect(listed).toHaveLength(1);
      expect(listed[0].events).toHaveLength(2);
    });
  });
}
