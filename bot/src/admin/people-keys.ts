import { createHash } from 'node:crypto';
import type { AdminPerson } from '../api/admin-contract';
import { normalizeEmail, personKey, type PersonRef } from '../domain/identity';
import type { Enrolment } from '../domain/model';

/** Who an enrolment is, as the `:key` of the people routes: a matched person, or a roster e-mail waiting for one. */
export type EnrolmentKey = { kind: 'person'; person: PersonRef } | { kind: 'email'; email: string };

/** URL-safe and opaque to the tab: base64url of `p|tenant|oid` or `e|email`. */
export function enrolmentKeyOf(enrolment: Enrolment): string {
  const raw = enrolment.person ? `p|${personKey(enrolment.person)}` : `e|${normalizeEmail(enrolment.email ?? '')}`;
  return Buffer.from(raw, 'utf8').toString('base64url');
}

export function parseEnrolmentKey(key: string): EnrolmentKey | undefined {
  const raw = Buffer.from(key, 'base64url').toString('utf8');
  const [kind, ...rest] = raw.split('|');
  if (kind === 'p' && rest.length === 2 && rest.every((part) => part.length > 0)) {
    return { kind: 'person', person: { tenantId: rest[0], objectId: rest[1] } };
  }
  if (kind === 'e' && rest.length === 1 && rest[0].includes('@')) return { kind: 'email', email: rest[0] };
  return undefined;
}

export function findEnrolment(enrolments: readonly Enrolment[], key: EnrolmentKey): Enrolment | undefined {
  return key.kind === 'person'
    ? enrolments.find((e) => e.person && personKey(e.person) === personKey(key.person))
    : enrolments.find((e) => !e.person && e.email !== undefined && normalizeEmail(e.email) === key.email);
}

export function personView(enrolment: Enrolment): AdminPerson {
  const view: AdminPerson = {
    key: enrolmentKeyOf(enrolment),
    displayName: enrolment.displayName,
    role: enrolment.role,
    source: enrolment.source,
    matched: enrolment.person !== undefined,
  };
  if (enrolment.person) Object.assign(view, { tenantId: enrolment.person.tenantId, objectId: enrolment.person.objectId });
  if (enrolment.email) view.email = enrolment.email;
  if (enrolment.department) view.department = enrolment.department;
  return view;
}

/**
 * The audit target for a person: their key for a matched person
 * (pseudonymous ids), a hash for an unmatched roster row, so no e-mail
 * address lands in the audit log.
 */
export function auditTargetOf(enrolment: Pick<Enrolment, 'person' | 'email'>): string {
  if (enrolment.person) return personKey(enrolment.person);
  const digest = createHash('sha256')
    .update(normalizeEmail(enrolment.email ?? ''))
    .digest('hex');
  return `email#${digest.slice(0, 16)}`;
}
