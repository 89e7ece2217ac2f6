import { personKey, type PersonRef } from '../domain/identity';
import type { EntityValue } from '../storage/entity-table';
import { subjectKey, type DataSubject } from './data-subject';

/**
 * Replaces every id of the subject inside a row's string values by the
 * pseudonym: the person key by the pseudonym's key, the object id by its
 * object id, an e-mail address by the pseudonym's key. Case-insensitive,
 * longest first, so a person key is never half replaced.
 */
export function subjectReplacer(
  subject: DataSubject,
  pseudonym: PersonRef,
): (properties: Record<string, EntityValue>) => Record<string, EntityValue> {
  const key = subjectKey(subject);
  const pairs: [string, string][] = [
    ...(key ? ([[key, personKey(pseudonym)]] as [string, string][]) : []),
    ...(subject.person ? ([[subject.person.objectId.toLowerCase(), pseudonym.objectId]] as [string, string][]) : []),
    ...subject.emails.map((email): [string, string] => [email, personKey(pseudonym)]),
  ].sort(([a], [b]) => b.length - a.length);
  if (pairs.length === 0) return (properties) => ({ ...properties });
  const pattern = new RegExp(pairs.map(([needle]) => escape(needle)).join('|'), 'gi');
  const replacement = new Map(pairs);
  const replace = (text: string) => text.replace(pattern, (found) => replacement.get(found.toLowerCase()) ?? found);
  return (properties) =>
    Object.fromEntries(Object.entries(properties).map(([name, value]) => [name, typeof value === 'string' ? replace(value) : value]));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
