import type { Programme, Prompt, Session, StoredConversation } from '../domain/model';
import type { StoredEntity } from '../storage/entity-table';
import { fromColumns } from '../storage/json-columns';
import type { TableRole } from '../storage/table-names';
import type { ErasurePolicy } from './policy';
import { programmeExpiry, type ProgrammeExpiry } from './programme-expiry';
import { isPseudonymKey, PERSON_KEYS } from './pseudonym';
import { ERASURE_ORDER, PERSONAL_DATA_TABLES } from './table-registry';

/** What the purge reads before it decides (see retention-load.ts); rows of programme-scoped tables only for expired programmes. */
export interface RetentionInput {
  programmes: { programme: Programme; sessions: Session[]; prompts: Prompt[] }[];
  /** Programme id -> table -> that programme's rows (enrolments, answers, deliveries, audit). */
  programmeRows: Map<string, Partial<Record<TableRole, StoredEntity[]>>>;
  /** Audit rows about no programme (`*|yyyy-MM`): people's own downloads, CLI exports, erasures. */
  globalAudit: StoredEntity[];
  /** Every row of the person-level tables (small: one or two rows per person). */
  people: StoredEntity[];
  conversations: StoredEntity[];
  enrolmentsByPerson: StoredEntity[];
  enrolmentsByEmail: StoredEntity[];
}

export interface RetentionSettings {
  policy: ErasurePolicy;
  defaultDays: number;
}

export type RowAction = 'delete' | 'pseudonymise';

export interface PlannedRow {
  role: TableRole;
  action: RowAction;
  row: StoredEntity;
  /** The expired programme the row belongs to; undefined for a person's own rows. */
  programmeId?: string;
  /** pseudonymise: only these person keys (lower-case); every person key in the row when absent. */
  keys?: string[];
}

export interface RetentionPlan {
  now: string;
  programmes: ProgrammeExpiry[];
  rows: PlannedRow[];
  /** People whose own rows (profile, chat reference, indexes) go: no live programme left, or none at all for longer than the default. */
  people: string[];
}

/**
 * Decides, without any I/O, what the retention purge does at `now`:
 *
 * - Programmes past their retention (programme-expiry.ts): their enrolments,
 *   enrolment index rows, deliveries and live-session rows (attendance, live
 *   answers) are deleted; their answers deleted or,
 *   under `pseudonymise-answers`, kept under pseudonyms; their audit rows kept
 *   with person keys pseudonymised. The programme itself (content, join code) stays.
 * - People: their profile, chat reference and remaining index rows go when
 *   none of their programmes is live any more, or when they have no
 *   enrolment at all and their chat was last used more than the default
 *   retention ago (or never stored). Anyone in a live programme keeps them.
 *
 * - Audit rows about no programme (a person's own download of their data)
 *   keep the people who are forgotten only as pseudonyms.
 *
 * Rows already pseudonymised are left alone, so a second run plans nothing.
 */
export function planRetentionPurge(input: RetentionInput, settings: RetentionSettings, now: Date): RetentionPlan {
  const programmes = input.programmes.map((p) => programmeExpiry(p, settings.defaultDays, now));
  const expired = new Set(programmes.filter((p) => p.status === 'expired').map((p) => p.programmeId));
  const live = new Set(programmes.filter((p) => p.status !== 'expired').map((p) => p.programmeId));
  const rows: PlannedRow[] = [];

  for (const programmeId of [...expired].sort()) {
    const tables = input.programmeRows.get(programmeId) ?? {};
    for (const row of tables.enrolments ?? []) rows.push({ role: 'enrolments', action: 'delete', row, programmeId });
    for (const row of tables.deliveries ?? []) rows.push({ role: 'deliveries', action: 'delete', row, programmeId });
    // Attendance, live answers and the live runs: the sessions' meetings are over.
    for (const row of tables.live ?? []) rows.push({ role: 'live', action: 'delete', row, programmeId });
    for (const row of tables.answers ?? []) {
      if (isPseudonymKey(row.rowKey)) continue;
      rows.push({ role: 'answers', action: settings.policy === 'delete' ? 'delete' : 'pseudonymise', row, programmeId });
    }
    for (const row of tables.audit ?? []) {
      if (Object.values(row.properties).some((v) => typeof v === 'string' && namesPerson(v))) {
        rows.push({ role: 'audit', action: 'pseudonymise', row, programmeId });
      }
    }
    for (const role of ['enrolmentsByPerson', 'enrolmentsByEmail'] as const) {
      for (const row of input[role]) if (row.rowKey === programmeId) rows.push({ role, action: 'delete', row, programmeId });
    }
  }

  const people = peopleToForget(input, live, settings.defaultDays, now);
  const forgotten = new Set(people);
  for (const role of ['people', 'conversations', 'enrolmentsByPerson'] as const) {
    for (const row of input[role]) {
      const alreadyPlanned = role === 'enrolmentsByPerson' && expired.has(row.rowKey);
      if (forgotten.has(row.partitionKey) && !alreadyPlanned) rows.push({ role, action: 'delete', row });
    }
  }
  for (const row of input.globalAudit) {
    const keys = [...new Set(personKeysIn(row))].filter((key) => forgotten.has(key));
    if (keys.length > 0) rows.push({ role: 'audit', action: 'pseudonymise', row, keys });
  }
  rows.sort((a, b) => ERASURE_ORDER.indexOf(a.role) - ERASURE_ORDER.indexOf(b.role));
  return { now: now.toISOString(), programmes, rows, people };
}

/** Whether a string holds the key of a real person (pseudonyms never match). */
function namesPerson(value: string): boolean {
  return (value.match(PERSON_KEYS) ?? []).length > 0;
}

function personKeysIn(row: StoredEntity): string[] {
  return Object.values(row.properties)
    .flatMap((value) => (typeof value === 'string' ? (value.match(PERSON_KEYS) ?? []) : []))
    .map((k) => k.toLowerCase());
}

function peopleToForget(input: RetentionInput, live: ReadonlySet<string>, defaultDays: number, now: Date): string[] {
  const programmesOf = new Map<string, string[]>();
  for (const row of input.enrolmentsByPerson)
    programmesOf.set(row.partitionKey, [...(programmesOf.get(row.partitionKey) ?? []), row.rowKey]);
  const lastSeen = new Map(
    input.conversations.map(
      (row) => [row.partitionKey, Date.parse(fromColumns<StoredConversation>(row.properties).updatedAt ?? '')] as const,
    ),
  );
  const cutoff = now.getTime() - defaultDays * 24 * 60 * 60 * 1000;
  const everyone = new Set([...input.people, ...input.conversations, ...input.enrolmentsByPerson].map((row) => row.partitionKey));
  return [...everyone].sort().filter((person) => {
    const programmes = programmesOf.get(person) ?? [];
    if (programmes.length > 0) return !programmes.some((id) => live.has(id));
    const seen = lastSeen.get(person);
    return seen === undefined || Number.isNaN(seen) || seen < cutoff;
  });
}

/** Counts per programme and table, for the dry run and the report. */
export function summarisePlan(plan: RetentionPlan): { programmeId?: string; role: TableRole; delete: number; pseudonymise: number }[] {
  const counts = new Map<string, { programmeId?: string; role: TableRole; delete: number; pseudonymise: number }>();
  for (const { programmeId, role, action } of plan.rows) {
    const key = `${programmeId ?? ''}\u0000${role}`;
    const entry = counts.get(key) ?? { programmeId, role, delete: 0, pseudonymise: 0 };
    entry[action === 'delete' ? 'delete' : 'pseudonymise']++;
    counts.set(key, entry);
  }
  return [...counts.values()];
}

/** Every table the purge touches is one the registry scopes for retention. */
export const PURGED_ROLES = (Object.keys(PERSONAL_DATA_TABLES) as TableRole[]).filter(
  (role) => PERSONAL_DATA_TABLES[role].retention !== 'kept',
);
