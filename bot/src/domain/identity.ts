/**
 * A person is identified by their Entra tenant and object id, never by a
 * display name or an e-mail address.
 */
export interface PersonRef {
  tenantId: string;
  objectId: string;
}

const GUIDISH = /^[0-9a-fA-F-]{8,64}$/;

export function isPersonRef(value: unknown): value is PersonRef {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.tenantId === 'string' && typeof v.objectId === 'string' && GUIDISH.test(v.tenantId) && GUIDISH.test(v.objectId);
}

/** A stable string form, used as a storage key part: `tenant|object`. */
export function personKey(p: PersonRef): string {
  return `${p.tenantId.toLowerCase()}|${p.objectId.toLowerCase()}`;
}

export function samePerson(a: PersonRef, b: PersonRef): boolean {
  return personKey(a) === personKey(b);
}

/** E-mail / UPN as used for roster matching: trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
