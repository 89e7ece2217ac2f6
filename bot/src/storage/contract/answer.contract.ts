import type { Repositories } from '../repositories';
import { expectAppError, settle } from './expect-app-error';
import { answerSet, personRef, uniqueId } from './fixtures';

export function describeAnswerContract(getRepos: () => Repositories): void {
  describe('AnswerRepository', () => {
    const repo = () => getRepos().answers;
    const alex = personRef(20);

    it('reads back a created answer set with its version', async () => {
      const id = uniqueId('prog');
      const created = await repo().create(answerSet(id, 'p1', alex));
      expect(created).toEqual({ ...answerSet(id, 'p1', alex), version: expect.any(String) });
      expect(await repo().get(id, 'p1', alex)).toEqual(created);
      await expect(repo().get(id, 'p2', alex)).resolves.toBeUndefined();
    });

    it('refuses a second create for the same person and prompt', async () => {
      const id = uniqueId('prog');
      await repo().create(answerSet(id, 'p1', alex));
      await expectAppError(repo().create(answerSet(id, 'p1', alex, { answers: { q1: 'other' } })), 'STORAGE_ALREADY_EXISTS');
      expect((await repo().get(id, 'p1', alex))?.answers.q1).toBe('Mycket');
    });

    it('lets exactly one of ten parallel creates win', async () => {
      const id = uniqueId('prog');
      const { won, codes } = await settle(
        Array.from({ length: 10 }, (_, i) => repo().create(answerSet(id, 'p1', alex, { answers: { q1: `v${i}` } }))),
      );
      expect(won).toBe(1);
      expect(codes).toEqual(Array(9).fill('STORAGE_ALREADY_EXISTS'));
    });

    it('updates with the current version and refuses the stale one', async () => {
      const id = uniqueId('prog');
      const created = await repo().create(answerSet(id, 'p1', alex));
      const updated = await repo().update({ ...created, answers: { q1: 'Ändrat' }, editedAt: '2026-12-12T10:00:00.000Z' });
      expect(updated.version).not.toBe(created.version);
      expect(await repo().get(id, 'p1', alex)).toEqual(updated);
      await expectAppError(repo().update({ ...created, answers: { q1: 'Gammalt' } }), 'STORAGE_CONFLICT');
      expect((await repo().get(id, 'p1', alex))?.answers).toEqual({ q1: 'Ändrat' });
    });

    it('lets exactly one of two edits from the same version win', async () => {
      const id = uniqueId('prog');
      const created = await repo().create(answerSet(id, 'p1', alex));
      const { won, codes } = await settle(['a', 'b'].map((v) => repo().update({ ...created, answers: { q1: v } })));
      expect({ won, codes }).toEqual({ won: 1, codes: ['STORAGE_CONFLICT'] });
    });

    it('refuses an update without a version', async () => {
      const id = uniqueId('prog');
      await repo().create(answerSet(id, 'p1', alex));
      await expectAppError(repo().update(answerSet(id, 'p1', alex)), 'VALIDATION_FAILED');
    });

    it("lists one prompt's answers, not another's", async () => {
      const id = uniqueId('prog');
      await repo().create(answerSet(id, 'p1', alex));
      await repo().create(answerSet(id, 'p1', personRef(21)));
      await repo().create(answerSet(id, 'p2', alex));
      const listed = await repo().listByPrompt(id, 'p1');
      expect(listed.map((a) => a.person.objectId).sort()).toEqual([alex.objectId, personRef(21).objectId]);
      expect(listed.every((a) => a.promptId === 'p1' && typeof a.version === 'string')).toBe(true);
    });

    it('refuses answers longer than one property can hold', async () => {
      const id = uniqueId('prog');
      await expectAppError(repo().create(answerSet(id, 'p1', alex, { answers: { q1: 'x'.repeat(33000) } })), 'STORAGE_ENTITY_TOO_LARGE');
      await expect(repo().get(id, 'p1', alex)).resolves.toBeUndefined();
    });
  });
}
