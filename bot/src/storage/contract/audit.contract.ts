import type { AuditEntry } from '../../domain/audit';
import type { Repositories } from '../repositories';
import { uniqueId } from './fixtures';

export function describeAuditContract(getRepos: () => Repositories): void {
  describe('AuditRepository', () => {
    const repo = () => getRepos().audit;
    const entry = (programmeId: string, at: string, overrides: Partial<AuditEntry> = {}): AuditEntry => ({
      at,
      actor: '00000000-0000-0000-0000-000000000001|00000000-0000-0000-0000-000000000022',
      action: 'export.responses',
      programmeId,
      target: 'responses.csv',
      ...overrides,
    });

    it("lists a programme's entries newest first, across months, within the range", async () => {
      const id = uniqueId('prog');
      await repo().append(entry(id, '2026-01-31T23:59:00.000Z', { action: 'responses.read' }));
      await repo().append(entry(id, '2026-02-01T00:01:00.000Z'));
      await repo().append(entry(id, '2026-03-15T12:00:00.000Z', { action: 'export.participation', target: 'participation.xlsx' }));
      await repo().append(entry(uniqueId('other'), '2026-02-02T00:00:00.000Z'));
      const listed = await repo().listByProgramme(id, { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2026-03-01T00:00:00Z') });
      expect(listed.map((e) => [e.at, e.action])).toEqual([
        ['2026-02-01T00:01:00.000Z', 'export.responses'],
        ['2026-01-31T23:59:00.000Z', 'responses.read'],
      ]);
      expect(listed[0]).toEqual({ ...entry(id, '2026-02-01T00:01:00.000Z'), id: expect.any(String) });
    });

    it('keeps every one of many entries made in the same millisecond', async () => {
      const id = uniqueId('prog');
      await Promise.all(Array.from({ length: 20 }, () => repo().append(entry(id, '2026-05-05T05:05:05.005Z'))));
      const listed = await repo().listByProgramme(id, { from: new Date('2026-05-01T00:00:00Z'), to: new Date('2026-05-31T00:00:00Z') });
      expect(new Set(listed.map((e) => e.id)).size).toBe(20);
    });

    it('appends entries that concern no programme', async () => {
      await expect(
        repo().append(entry('x', '2026-05-05T05:05:05.005Z', { programmeId: undefined, action: 'person.erase' })),
      ).resolves.toMatchObject({
        action: 'person.erase',
      });
    });

    it('offers no way to change or remove an entry', () => {
      const methods = Object.getOwnPropertyNames(Object.getPrototypeOf(repo())).filter((name) => name !== 'constructor');
      expect(methods.sort()).toEqual(['append', 'listByProgramme']);
    });

    it('refuses an entry without a valid time', async () => {
      await expect(repo().append(entry('x', 'yesterday'))).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    });
  });
}
