import { normalizeEmail, personKey, type PersonRef } from '../domain/identity';

/**
 * Whom a personal-data job is about: the person (Entra tenant + object id)
 * when the app has met them, and the e-mail addresses their roster rows
 * carry (a roster row waits under its e-mail until the person is matched).
 */
export interface DataSubject {
  person?: PersonRef;
  /** Lower-case. */
  emails: string[];
}

export function subjectOf(person: PersonRef | undefined, emails: readonly string[] = []): DataSubject {
  return { ...(person ? { person } : {}), emails: [...new Set(emails.map(normalizeEmail))].sort() };
}

/** `tenant|oid`, lower-case, or undefined for someone known only by e-mail. */
export function subjectKey(subject: DataSubject): string | undefined {
  return subject.person && personKey(subject.person);
}

/** The strings that identify the subject inside a row: the person key, the object id, the e-mail addresses (lower-case). */
export function subjectNeedles(subject: DataSubject): string[] {
  const key = subjectKey(subject);
  return [...(key ? [key, subject.person!.objectId.toLowerCase()] : []), ...subject.emails];
}
