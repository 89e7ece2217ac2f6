import type { Repositories } from '../repositories';
import { expectAppError } from './expect-app-error';
import { personRef, rosterEnrolment, uniqueId } from './fixtures';

export function describeEnrolmentContract(getRepos: () => Repositories): void {
  describe('EnrolmentRepository', () => {
    const repo = () => getRepos().enrolments;
    const alex = personRef(20);
    const megan = personRef(21);

    it('keeps a roster enrolment under its e-mail until the person is known', async () => {
      const id = uniqueId('prog');
      await repo().put(rosterEnrolment(id, 'AlexW@Example.com'));
      expect(await repo().listByProgramme(id)).toEqual([rosterEnrolment(id, 'alexw@example.com')]);
      expect((await repo().listByEmail(' alexw@EXAMPLE.com')).map((e) => e.programmeId)).toEqual([id]);
      expect(await repo().listByPerson(alex)).toEqual([]);
    });

    it('stores one enrolment when the same roster row is put twice', async () => {
      const id = uniqueId('prog');
      await repo().put(rosterEnrolment(id, 'alexw@example.com'));
      await repo().put(rosterEnrolment(id, 'alexw@example.com', { role: 'facilitator' }));
      expect((await repo().listByProgramme(id)).map((e) => e.role)).toEqual(['facilitator']);
    });

    it('binds a roster enrolment to the person Teams resolved, leaving one row', async () => {
      const id = uniqueId('prog');
      await repo().put(rosterEnrolment(id, 'alexw@example.com', { role: 'facilitator' }));
      const matched = await repo().matchEmail(id, 'AlexW@example.com', alex);
      expect(matched).toMatchObject({ programmeId: id, person: alex, email: 'alexw@example.com', role: 'facilitator', source: 'roster' });
      expect(await repo().listByProgramme(id)).toEqual([matched]);
      expect(await repo().listByPerson(alex)).toEqual([matched]);
      expect(await repo().listByEmail('alexw@example.com')).toEqual([matched]);
    });

    it('returns the same enrolment when the match is repeated, and nothing for another person or an unknown e-mail', async () => {
      const id = uniqueId('prog');
      await repo().put(rosterEnrolment(id, 'alexw@example.com'));
      const first = await repo().matchEmail(id, 'alexw@example.com', alex);
      expect(await repo().matchEmail(id, 'alexw@example.com', alex)).toEqual(first);
      await expect(repo().matchEmail(id, 'alexw@example.com', megan)).resolves.toBeUndefined();
      await expect(repo().matchEmail(id, 'nobody@example.com', alex)).resolves.toBeUndefined();
      expect(await repo().listByPerson(megan)).toEqual([]);
    });

    it('updates the matched person when the roster is imported again, without a second row', async () => {
      const id = uniqueId('prog');
      await repo().put(rosterEnrolment(id, 'alexw@example.com'));
      await repo().matchEmail(id, 'alexw@example.com', alex);
      await repo().put(rosterEnrolment(id, 'alexw@example.com', { role: 'coordinator', department: 'social' }));
      const rows = await repo().listByProgramme(id);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ person: alex, role: 'coordinator', department: 'social' });
    });

    it('lets the roster win when a person who joined by code is matched to a roster row', async () => {
      const id = uniqueId('prog');
      await repo().put({
        programmeId: id,
        role: 'participant',
        displayName: 'Alex',
        person: alex,
        source: 'joinCode',
        enrolledAt: '2026-11-02T08:00:00.000Z',
      });
      await repo().put(rosterEnrolment(id, 'alexw@example.com', { role: 'facilitator' }));
      await repo().matchEmail(id, 'alexw@example.com', alex);
      const rows = await repo().listByProgramme(id);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ person: alex, role: 'facilitator', source: 'roster' });
    });

    it("lists a person's enrolments across programmes", async () => {
      const [a, b] = [uniqueId('a'), uniqueId('b')];
      const person = personRef(Math.floor(Math.random() * 1e9));
      for (const id of [a, b])
        await repo().put({
          programmeId: id,
          role: 'participant',
          displayName: 'M',
          person,
          source: 'joinCode',
          enrolledAt: '2026-11-02T08:00:00.000Z',
        });
      expect((await repo().listByPerson(person)).map((e) => e.programmeId).sort()).toEqual([a, b].sort());
    });

    it('removes an enrolment from every listing', async () => {
      const id = uniqueId('prog');
      await repo().put(rosterEnrolment(id, 'alexw@example.com'));
      await repo().matchEmail(id, 'alexw@example.com', alex);
      await repo().remove(id, alex);
      expect(await repo().listByProgramme(id)).toEqual([]);
      expect((await repo().listByPerson(alex)).filter((e) => e.programmeId === id)).toEqual([]);
      expect((await repo().listByEmail('alexw@example.com')).filter((e) => e.programmeId === id)).toEqual([]);
    });

    it('refuses an enrolment with neither a person nor an e-mail', async () => {
      await expectAppError(
        repo().put({ programmeId: uniqueId('p'), role: 'participant', displayName: 'X', source: 'roster', enrolledAt: 'now' }),
        'VALIDATION_FAILED',
      );
    });

    it('refuses an e-mail with a character Azure forbids in keys', async () => {
      const id = uniqueId('prog');
      await expectAppError(repo().put(rosterEnrolment(id, 'a#b@example.com')), 'STORAGE_INVALID_KEY');
      expect(await repo().listByProgramme(id)).toEqual([]);
    });
  });
}
