import type { DeliveryRecord } from '../../domain/delivery';
import { promptSubject, sessionSubject } from '../../domain/delivery';
import type { PersonRef } from '../../domain/identity';
import type { Repositories } from '../repositories';
import { expectAppError, settle } from './expect-app-error';
import { personRef, uniqueId } from './fixtures';

function pending(programmeId: string, person: PersonRef, overrides: Partial<DeliveryRecord> = {}): DeliveryRecord {
  return {
    programmeId,
    kind: 'prompt',
    subject: promptSubject('reflection-1'),
    person,
    state: 'pending',
    scheduledAt: '2026-12-01T12:00:00.000Z',
    createdAt: '2026-12-01T12:00:05.000Z',
    updatedAt: '2026-12-01T12:00:05.000Z',
    attempts: 0,
    ...overrides,
  };
}

export function describeDeliveryContract(getRepos: () => Repositories): void {
  describe('DeliveryRepository', () => {
    const repo = () => getRepos().deliveries;
    let programmeId: string;
    beforeEach(() => {
      programmeId = uniqueId('prog');
    });

    it('reads back a created record with a version; a second create of the same key is refused', async () => {
      const created = await repo().create(pending(programmeId, personRef(1)));
      const { version, ...fields } = created;
      expect(fields).toEqual(pending(programmeId, personRef(1)));
      expect(version).toEqual(expect.any(String));
      expect(await repo().get(created)).toEqual(created);
      await expectAppError(repo().create(pending(programmeId, personRef(1), { state: 'sending' })), 'STORAGE_ALREADY_EXISTS');
      expect((await repo().get(created))?.state).toBe('pending');
    });

    it('returns undefined for a delivery that was never recorded', async () => {
      await expect(repo().get(pending(programmeId, personRef(2)))).resolves.toBeUndefined();
    });

    it('updates only with the version that was read, and gives a new version each time', async () => {
      const created = await repo().create(pending(programmeId, personRef(3)));
      const claimed = await repo().update({
        ...created,
        state: 'sending',
        claimant: 'a',
        leaseUntil: '2026-12-01T12:05:00.000Z',
        attempts: 1,
      });
      expect(claimed.version).not.toBe(created.version);
      await expectAppError(repo().update({ ...created, state: 'sending', claimant: 'b' }), 'STORAGE_CONFLICT');
      const sent = await repo().update({
        ...claimed,
        state: 'sent',
        activityId: '1:abc',
        conversationId: 'a:conv',
        sentAt: '2026-12-01T12:00:06.000Z',
      });
      expect(await repo().get(created)).toEqual(sent);
    });

    it('lets exactly one of ten concurrent claims of the same record win', async () => {
      const created = await repo().create(pending(programmeId, personRef(4)));
      const claims = Array.from({ length: 10 }, (_, i) => repo().update({ ...created, state: 'sending', claimant: `runner-${i}` }));
      const { won, codes } = await settle(claims);
      expect({ won, codes: [...new Set(codes)] }).toEqual({ won: 1, codes: ['STORAGE_CONFLICT'] });
    });

    it('refuses an update of a record that does not exist', async () => {
      await expectAppError(repo().update({ ...pending(programmeId, personRef(5)), version: 'W/"stale"' }), 'STORAGE_CONFLICT');
    });

    it('creates only the missing records and leaves existing ones as they are', async () => {
      const sent = await repo().create(pending(programmeId, personRef(6), { state: 'sent', activityId: '1:x' }));
      const records = [6, 7, 8].map((n) => pending(programmeId, personRef(n)));
      expect(await repo().createMissing(records)).toBe(2);
      expect(await repo().createMissing(records)).toBe(0);
      expect(await repo().get(sent)).toEqual(sent);
      const listed = await repo().listBySubject(programmeId, promptSubject('reflection-1'));
      expect(listed.map((r) => [r.person.objectId.slice(-1), r.state])).toEqual([
        ['6', 'sent'],
        ['7', 'pending'],
        ['8', 'pending'],
      ]);
    });

    it('creates more than one transaction worth of records across subjects', async () => {
      const people = Array.from({ length: 130 }, (_, i) => personRef(100 + i));
      const records = [
        ...people.map((p) => pending(programmeId, p)),
        ...people.slice(0, 5).map((p) => pending(programmeId, p, { kind: 'sessionReminder', subject: sessionSubject(2) })),
      ];
      expect(await repo().createMissing([...records, records[0]])).toBe(135);
      expect(await repo().listBySubject(programmeId, promptSubject('reflection-1'))).toHaveLength(130);
      expect(await repo().listBySubject(programmeId, sessionSubject(2))).toHaveLength(5);
    });

    it('creates the rest one by one when a caller that listed the partition finds some were created meanwhile', async () => {
      const records = Array.from({ length: 10 }, (_, i) => pending(programmeId, personRef(400 + i)));
      const early = await repo().create({ ...records[3], state: 'sending', claimant: 'other' });
      expect(await repo().createMissing(records, { listed: true })).toBe(9);
      expect(await repo().get(records[3])).toEqual(early);
      expect(await repo().listBySubject(programmeId, promptSubject('reflection-1'))).toHaveLength(10);
    });

    it('creates each missing record once when two writers race', async () => {
      const records = Array.from({ length: 20 }, (_, i) => pending(programmeId, personRef(300 + i)));
      const counts = await Promise.all([repo().createMissing(records), repo().createMissing(records.slice(5))]);
      expect(counts[0] + counts[1]).toBe(20);
      expect(await repo().listBySubject(programmeId, promptSubject('reflection-1'))).toHaveLength(20);
    });

    it("keeps a prompt's send and each reminder time apart, in one partition per prompt", async () => {
      const alex = personRef(9);
      await repo().create(pending(programmeId, alex));
      await repo().create(pending(programmeId, alex, { kind: 'promptReminder', slot: '2026-12-03T09:00' }));
      await repo().create(pending(programmeId, alex, { kind: 'promptReminder', slot: '2026-12-05T09:00' }));
      await repo().create(pending(programmeId, alex, { subject: promptSubject('reflection-2') }));
      await repo().create(pending(programmeId, alex, { kind: 'sessionReminder', subject: sessionSubject(2) }));
      const forPrompt = await repo().listBySubject(programmeId, promptSubject('reflection-1'));
      expect(forPrompt.map((r) => [r.kind, r.slot])).toEqual([
        ['promptReminder', '2026-12-03T09:00'],
        ['promptReminder', '2026-12-05T09:00'],
        ['prompt', undefined],
      ]);
      expect(await repo().get(pending(programmeId, alex, { kind: 'promptReminder', slot: '2026-12-05T09:00' }))).toMatchObject({
        slot: '2026-12-05T09:00',
      });
      expect(await repo().listBySubject(programmeId, sessionSubject(2))).toHaveLength(1);
    });

    it('refuses keys that do not fit: a reminder without its time, a kind about the wrong subject', async () => {
      await expectAppError(repo().create(pending(programmeId, personRef(10), { kind: 'promptReminder' })), 'STORAGE_INVALID_KEY');
      await expectAppError(repo().create(pending(programmeId, personRef(10), { kind: 'sessionReminder' })), 'VALIDATION_FAILED');
      await expectAppError(repo().create(pending(`${programmeId}|x`, personRef(10))), 'STORAGE_INVALID_KEY');
    });
  });
}
