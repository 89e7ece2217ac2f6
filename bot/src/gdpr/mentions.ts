import type { EntityTable } from '../storage/entity-table';
import type { LocatedTable } from './locate-rows';

/** A place in programme content (written by coordinators) where a person's name appears as text. */
export interface Mention {
  table: string;
  partitionKey: string;
  rowKey: string;
  field: string;
}

/** The display names the located rows give the person (people and enrolment rows). */
export function namesIn(located: readonly LocatedTable[]): string[] {
  const names = located
    .filter((t) => t.role === 'people' || t.role === 'enrolments')
    .flatMap((t) => t.rows.map((row) => row.properties.displayName))
    .filter((name): name is string => typeof name === 'string' && name.trim().length >= 3);
  return [...new Set(names.map((name) => name.trim()))];
}

/**
 * Where the names appear in the programmes table (an agenda item's lead,
 * say). Programme content is the coordinators' text, not a record about the
 * person, so it is reported (in the export, and by erasure for a coordinator
 * to edit) rather than changed.
 */
export async function findMentions(programmes: EntityTable, names: readonly string[]): Promise<Mention[]> {
  if (names.length === 0) return [];
  const needles = names.map((name) => name.toLowerCase());
  const mentions: Mention[] = [];
  for await (const page of programmes.scan()) {
    for (const row of page) {
      for (const [field, value] of Object.entries(row.properties)) {
        if (typeof value === 'string' && needles.some((n) => value.toLowerCase().includes(n))) {
          mentions.push({ table: programmes.name, partitionKey: row.partitionKey, rowKey: row.rowKey, field });
        }
      }
    }
  }
  return mentions;
}
