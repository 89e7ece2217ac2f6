import { TABLES, type TableRole } from '../storage/table-names';
import { ERASURE_ORDER, PERSONAL_DATA_TABLES } from './table-registry';

const roles = Object.keys(TABLES) as TableRole[];

describe('the personal-data table registry', () => {
  it('says for every table in TABLES how a person is found in it, so no table is forgotten', () => {
    const missing = roles.filter((role) => !PERSONAL_DATA_TABLES[role]?.locator);
    expect(missing).toEqual([]);
    expect(Object.keys(PERSONAL_DATA_TABLES).sort()).toEqual([...roles].sort());
  });

  it('gives a reason for every table that holds nothing about people', () => {
    const none = roles.filter((role) => PERSONAL_DATA_TABLES[role].locator.kind === 'none');
    expect(none.sort()).toEqual(['joinCodes', 'leases', 'meetings', 'programmes']);
    for (const role of none) {
      const locator = PERSONAL_DATA_TABLES[role].locator;
      expect(locator.kind === 'none' && locator.why.length).toBeGreaterThan(10);
      expect(PERSONAL_DATA_TABLES[role].retention).toBe('kept');
    }
  });

  it('erases every table exactly once, enrolments first and the audit log after the rest', () => {
    expect([...ERASURE_ORDER].sort()).toEqual([...roles].sort());
    expect(ERASURE_ORDER[0]).toBe('enrolments');
    expect(ERASURE_ORDER.indexOf('audit')).toBeGreaterThan(ERASURE_ORDER.indexOf('people'));
  });

  it('keeps the audit log (pseudonymised) and answers (by policy), and deletes the rest', () => {
    const treatments = Object.fromEntries(roles.map((role) => [role, PERSONAL_DATA_TABLES[role].erasure]));
    expect(treatments).toMatchObject({ audit: 'pseudonymise', answers: 'answer', people: 'delete', deliveries: 'delete' });
  });

  it('knows which programme a row belongs to from its keys', () => {
    const row = (partitionKey: string, rowKey: string) => ({ partitionKey, rowKey, properties: {}, etag: '' });
    expect(PERSONAL_DATA_TABLES.answers.programmeOf(row('p1|prompt-1', 't|o'))).toBe('p1');
    expect(PERSONAL_DATA_TABLES.deliveries.programmeOf(row('p1|session|002', 'remind|t|o'))).toBe('p1');
    expect(PERSONAL_DATA_TABLES.enrolmentsByPerson.programmeOf(row('t|o', 'p1'))).toBe('p1');
    expect(PERSONAL_DATA_TABLES.audit.programmeOf(row('p1|2026-03', 'x'))).toBe('p1');
    expect(PERSONAL_DATA_TABLES.audit.programmeOf(row('*|2026-03', 'x'))).toBeUndefined();
    expect(PERSONAL_DATA_TABLES.people.programmeOf(row('t|o', 'profile'))).toBeUndefined();
  });
});
