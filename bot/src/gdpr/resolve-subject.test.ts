import { createInMemoryRepositories } from '../storage';
import { locatePersonRows } from './locate-rows';
import { parseSubjectQuery, resolveSubject } from './resolve-subject';

const tenant = '11111111-2222-3333-4444-555555555555';
const oid = 'aaaaaaaa-0000-4000-8000-000000000001';

describe('naming a person on the command line', () => {
  it.each([
    ['Alex@Example.com', { email: 'alex@example.com' }],
    [`${tenant}|${oid}`, { person: { tenantId: tenant, objectId: oid } }],
    [`${tenant}:${oid}`, { person: { tenantId: tenant, objectId: oid } }],
    [oid.toUpperCase(), { objectId: oid }],
  ])('reads %s', (text, query) => {
    expect(parseSubjectQuery(text)).toEqual(query);
  });

  it.each(['Alex Wilber', 'a|b|c', `${tenant}|not a guid`, ''])('refuses %j', (text) => {
    expect(parseSubjectQuery(text)).toBeUndefined();
  });
});

describe('resolveSubject', () => {
  const enrol = (programmeId: string, email: string, objectId?: string) => ({
    programmeId,
    role: 'participant' as const,
    displayName: 'Alex',
    email,
    ...(objectId ? { person: { tenantId: tenant, objectId } } : {}),
    source: 'roster' as const,
    enrolledAt: '2026-01-01T00:00:00.000Z',
  });

  it('finds the person behind an e-mail and every e-mail of that person', async () => {
    const repos = createInMemoryRepositories();
    await repos.enrolments.put(enrol('p1', 'alex@example.com', oid));
    await repos.enrolments.put(enrol('p2', 'alex.w@example.com', oid));
    await repos.enrolments.put(enrol('p3', 'alex@example.com'));
    expect(await resolveSubject(repos.tables, { email: 'ALEX@example.com' })).toEqual({
      person: { tenantId: tenant, objectId: oid },
      emails: ['alex.w@example.com', 'alex@example.com'],
    });
  });

  it('gives an e-mail-only subject for a roster row that was never matched, and nothing for a stranger', async () => {
    const repos = createInMemoryRepositories();
    await repos.enrolments.put(enrol('p1', 'waiting@example.com'));
    expect(await resolveSubject(repos.tables, { email: 'waiting@example.com' })).toEqual({ emails: ['waiting@example.com'] });
    expect(await resolveSubject(repos.tables, { email: 'nobody@example.com' })).toBeUndefined();
    expect(await resolveSubject(repos.tables, { objectId: oid })).toBeUndefined();
  });

  it('finds the tenant of a bare object id, and refuses one known in two tenants', async () => {
    const repos = createInMemoryRepositories();
    await repos.people.put({ tenantId: tenant, objectId: oid, displayName: 'Alex', locale: 'sv' });
    expect(await resolveSubject(repos.tables, { objectId: oid })).toEqual({ person: { tenantId: tenant, objectId: oid }, emails: [] });
    await repos.people.put({ tenantId: '99999999-8888-7777-6666-555555555555', objectId: oid, displayName: 'Alex', locale: 'sv' });
    await expect(resolveSubject(repos.tables, { objectId: oid })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});

describe('an e-mail bound to two people in two programmes', () => {
  it('is refused by e-mail, and erasing one person leaves the other one’s index row', async () => {
    const repos = createInMemoryRepositories();
    const enrol = (programmeId: string, objectId: string) =>
      repos.enrolments.put({
        programmeId,
        role: 'participant',
        displayName: 'Shared',
        email: 'shared@example.com',
        person: { tenantId: tenant, objectId },
        source: 'roster',
        enrolledAt: '2026-01-01T00:00:00.000Z',
      });
    await enrol('p1', oid);
    await enrol('p2', 'bbbbbbbb-0000-4000-8000-000000000002');
    await expect(resolveSubject(repos.tables, { email: 'shared@example.com' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    const subject = (await resolveSubject(repos.tables, { person: { tenantId: tenant, objectId: oid } }))!;
    const located = await locatePersonRows(repos.tables, subject);
    expect(located.find((t) => t.role === 'enrolmentsByEmail')!.rows.map((row) => row.rowKey)).toEqual(['p1']);
  });
});
