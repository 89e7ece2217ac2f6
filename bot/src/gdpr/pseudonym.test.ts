import { isPersonRef, personKey } from '../domain/identity';
import { isPseudonymKey, pseudonymiseKeys, pseudonymOf, PSEUDONYM_TENANT } from './pseudonym';

const KEY = 'a-secret';
const person = '11111111-2222-3333-4444-555555555555|aaaaaaaa-0000-4000-8000-000000000001';

describe('pseudonyms of erased people', () => {
  it('are person refs under the nil tenant, the same for the same person and key', () => {
    const p = pseudonymOf(person, KEY);
    expect(isPersonRef(p)).toBe(true);
    expect(p.tenantId).toBe(PSEUDONYM_TENANT);
    expect(pseudonymOf(person.toUpperCase(), KEY)).toEqual(p);
    expect(isPseudonymKey(personKey(p))).toBe(true);
  });

  it('differ between people and between keys, and hold nothing of the person key', () => {
    const p = pseudonymOf(person, KEY);
    expect(pseudonymOf(person.replace(/1$/, '2'), KEY)).not.toEqual(p);
    expect(pseudonymOf(person, 'another-secret')).not.toEqual(p);
    expect(p.objectId).not.toContain('aaaaaaaa');
    expect(p.objectId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('replace person keys inside text, only the chosen ones when told, and leave pseudonyms alone', () => {
    const other = '11111111-2222-3333-4444-555555555555|bbbbbbbb-0000-4000-8000-000000000002';
    const text = `actor ${person}, target ${other}`;
    const all = pseudonymiseKeys(text, KEY);
    expect(all).toBe(`actor ${personKey(pseudonymOf(person, KEY))}, target ${personKey(pseudonymOf(other, KEY))}`);
    expect(pseudonymiseKeys(all, KEY)).toBe(all);
    expect(pseudonymiseKeys(text, KEY, new Set([other]))).toBe(`actor ${person}, target ${personKey(pseudonymOf(other, KEY))}`);
  });
});
