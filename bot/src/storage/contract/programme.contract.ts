import type { Repositories } from '../repositories';
import { expectAppError } from './expect-app-error';
import { programme, prompt, session, uniqueId } from './fixtures';

export function describeProgrammeContract(getRepos: () => Repositories): void {
  describe('ProgrammeRepository', () => {
    const repo = () => getRepos().programmes;

    it('loads a saved programme with sessions by number and prompts by send time', async () => {
      const id = uniqueId('prog');
      const prompts = [prompt(id, 'late', '2026-03-01T09:00'), prompt(id, 'early', '2026-02-01T09:00')];
      await repo().save(programme(id), [session(id, 3), session(id, 1), session(id, 2)], prompts);
      const loaded = await repo().load(id);
      expect(loaded?.programme).toEqual(programme(id));
      expect(loaded?.sessions.map((s) => s.number)).toEqual([1, 2, 3]);
      expect(loaded?.sessions[0]).toEqual(session(id, 1));
      expect(loaded?.prompts.map((p) => p.id)).toEqual(['early', 'late']);
      expect(loaded?.prompts[0]).toEqual(prompts[1]);
      expect(await repo().get(id)).toEqual(programme(id));
    });

    it('reports a change on the first save and none when the same content is saved again', async () => {
      const id = uniqueId('prog');
      expect(await repo().save(programme(id), [session(id, 1)], [prompt(id, 'p1', '2026-02-01T09:00')])).toBe(true);
      expect(await repo().save(programme(id), [session(id, 1)], [prompt(id, 'p1', '2026-02-01T09:00')])).toBe(false);
    });

    it('sees no change when only the order of object keys differs', async () => {
      const id = uniqueId('prog');
      await repo().save(programme(id), [], []);
      const { name, ...rest } = programme(id);
      const reordered = { ...rest, name: { en: name.en, sv: name.sv } };
      expect(await repo().save(reordered, [], [])).toBe(false);
    });

    it('reports and stores a change to one prompt', async () => {
      const id = uniqueId('prog');
      await repo().save(programme(id), [session(id, 1)], [prompt(id, 'p1', '2026-02-01T09:00')]);
      const changed = prompt(id, 'p1', '2026-02-01T09:00', { text: { sv: 'Ny text', en: 'New text' } });
      expect(await repo().save(programme(id), [session(id, 1)], [changed])).toBe(true);
      expect((await repo().load(id))?.prompts[0].text.sv).toBe('Ny text');
    });

    it('deletes sessions and prompts that are no longer in the programme', async () => {
      const id = uniqueId('prog');
      await repo().save(
        programme(id),
        [session(id, 1), session(id, 2)],
        [prompt(id, 'a', '2026-02-01T09:00'), prompt(id, 'b', '2026-02-02T09:00')],
      );
      expect(await repo().save(programme(id), [session(id, 1)], [prompt(id, 'b', '2026-02-02T09:00')])).toBe(true);
      const loaded = await repo().load(id);
      expect(loaded?.sessions.map((s) => s.number)).toEqual([1]);
      expect(loaded?.prompts.map((p) => p.id)).toEqual(['b']);
    });

    it('saves a programme of more than 100 rows in several transactions and shrinks it again', async () => {
      const id = uniqueId('prog');
      const many = Array.from({ length: 150 }, (_, i) =>
        prompt(id, `p${String(i).padStart(3, '0')}`, `2026-02-01T${String(i % 24).padStart(2, '0')}:00`),
      );
      expect(await repo().save(programme(id), [session(id, 1)], many)).toBe(true);
      expect((await repo().load(id))?.prompts).toHaveLength(150);
      expect(await repo().save(programme(id), [session(id, 1)], many)).toBe(false);
      expect(await repo().save(programme(id), [session(id, 1)], many.slice(0, 30))).toBe(true);
      expect((await repo().load(id))?.prompts).toHaveLength(30);
    });

    it('lets exactly one of two concurrent first saves report the change', async () => {
      const id = uniqueId('prog');
      const results = await Promise.all(
        [1, 2].map(() => repo().save(programme(id), [session(id, 1)], [prompt(id, 'p', '2026-02-01T09:00')])),
      );
      expect(results.sort()).toEqual([false, true]);
      expect((await repo().load(id))?.sessions).toHaveLength(1);
    });

    it('returns undefined for a programme that does not exist', async () => {
      await expect(repo().get('nope')).resolves.toBeUndefined();
      await expect(repo().load('nope')).resolves.toBeUndefined();
    });

    it('lists every saved programme, without their sessions or prompts', async () => {
      const [a, b] = [uniqueId('a'), uniqueId('b')];
      await repo().save(programme(b), [session(b, 1)], [prompt(b, 'p', '2026-02-01T09:00')]);
      await repo().save(programme(a), [], []);
      expect((await repo().list()).map((p) => p.id).sort()).toEqual([a, b].sort());
    });

    it('finds a programme by its join code, ignoring case and spaces', async () => {
      const id = uniqueId('prog');
      await repo().save(programme(id, { joinCode: 'INNO-2026' }), [], []);
      expect((await repo().findByJoinCode(' inno-2026 '))?.id).toBe(id);
      await expect(repo().findByJoinCode('OTHER-1')).resolves.toBeUndefined();
    });

    it('stops finding a programme by its old join code once the code changed', async () => {
      const id = uniqueId('prog');
      await repo().save(programme(id, { joinCode: 'OLD-CODE' }), [], []);
      await repo().save(programme(id, { joinCode: 'NEW-CODE' }), [], []);
      await expect(repo().findByJoinCode('OLD-CODE')).resolves.toBeUndefined();
      expect((await repo().findByJoinCode('new-code'))?.id).toBe(id);
    });

    it('refuses a session of another programme and stores nothing', async () => {
      const id = uniqueId('prog');
      await expectAppError(repo().save(programme(id), [session('other', 1)], []), 'VALIDATION_FAILED');
      await expect(repo().get(id)).resolves.toBeUndefined();
    });

    it('refuses two prompts with one id', async () => {
      const id = uniqueId('prog');
      await expectAppError(
        repo().save(programme(id), [], [prompt(id, 'p', '2026-02-01T09:00'), prompt(id, 'p', '2026-02-02T09:00')]),
        'VALIDATION_FAILED',
      );
    });

    it('refuses a programme id with a forbidden character instead of stripping it', async () => {
      await expectAppError(repo().save(programme('a/b'), [], []), 'STORAGE_INVALID_KEY');
      await expect(repo().get('ab')).resolves.toBeUndefined();
    });

    it('refuses a prompt whose questions exceed 32K characters of JSON rather than splitting them', async () => {
      const id = uniqueId('prog');
      const label = { sv: 'x'.repeat(20000), en: 'y'.repeat(20000) };
      const big = prompt(id, 'big', '2026-02-01T09:00', { questions: [{ id: 'q', type: 'longText', label, required: false }] });
      await expectAppError(repo().save(programme(id), [], [big]), 'STORAGE_ENTITY_TOO_LARGE');
      await expect(repo().load(id)).resolves.toBeUndefined();
    });
  });
}
