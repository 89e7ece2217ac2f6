import { personKey } from '../../domain/identity';
import type { Repositories } from '../repositories';
import { settle } from './expect-app-error';
import { conversation, personRef } from './fixtures';

export function describeConversationContract(getRepos: () => Repositories): void {
  describe('ConversationRepository', () => {
    const repo = () => getRepos().conversations;
    const alex = personRef(20);

    it('reads back a saved reference with a version that changes on every save', async () => {
      const first = await repo().save(conversation(alex));
      const { version, ...fields } = first;
      expect(fields).toEqual(conversation(alex));
      expect(version).toEqual(expect.any(String));
      expect(await repo().get(alex)).toEqual(first);
      const second = await repo().save(conversation(alex, { serviceUrl: 'https://smba.trafficmanager.net/se/' }));
      expect(second.version).not.toBe(version);
      expect((await repo().get(alex))?.serviceUrl).toBe('https://smba.trafficmanager.net/se/');
    });

    it('keeps a reference as the one row of its person’s partition, under a RowKey of its own', async () => {
      await repo().save(conversation(alex));
      await repo().save(conversation(personRef(21)));
      const key = personKey(alex);
      expect((await getRepos().tables.conversations.listPartition(key)).map((row) => row.rowKey)).toEqual([key]);
    });

    it('returns undefined for a person without a conversation', async () => {
      await expect(repo().get(personRef(99))).resolves.toBeUndefined();
    });

    it('keeps greetedAt when the reference is saved again without it', async () => {
      await repo().save(conversation(alex));
      expect(await repo().markGreeted(alex, '2026-11-01T09:00:00.000Z')).toBe(true);
      const saved = await repo().save(conversation(alex, { updatedAt: '2026-11-05T08:00:00.000Z' }));
      expect(saved.greetedAt).toBe('2026-11-01T09:00:00.000Z');
      expect((await repo().get(alex))?.greetedAt).toBe('2026-11-01T09:00:00.000Z');
    });

    it('marks a person greeted once: the second call gets false and the first time stays', async () => {
      await repo().save(conversation(alex));
      expect(await repo().markGreeted(alex, '2026-11-01T09:00:00.000Z')).toBe(true);
      expect(await repo().markGreeted(alex, '2026-11-02T09:00:00.000Z')).toBe(false);
      expect((await repo().get(alex))?.greetedAt).toBe('2026-11-01T09:00:00.000Z');
    });

    it('gives true to exactly one of ten concurrent markGreeted calls', async () => {
      await repo().save(conversation(alex));
      const results = await Promise.all(Array.from({ length: 10 }, (_, i) => repo().markGreeted(alex, `2026-11-01T09:00:0${i}.000Z`)));
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it('returns false from markGreeted when no conversation is stored', async () => {
      expect(await repo().markGreeted(personRef(98), '2026-11-01T09:00:00.000Z')).toBe(false);
      await expect(repo().get(personRef(98))).resolves.toBeUndefined();
    });

    it('keeps greetedAt when saves race with the greeting', async () => {
      await repo().save(conversation(alex));
      const saves = Array.from({ length: 5 }, (_, i) => repo().save(conversation(alex, { updatedAt: `2026-11-0${i + 2}T08:00:00.000Z` })));
      const { won, codes } = await settle([repo().markGreeted(alex, '2026-11-01T09:00:00.000Z'), ...saves]);
      expect({ won, codes }).toEqual({ won: 6, codes: [] });
      expect((await repo().get(alex))?.greetedAt).toBe('2026-11-01T09:00:00.000Z');
    });
  });
}
