import type { StoredEntity } from '../storage/entity-table';
import { GLOBAL_AUDIT_SCOPE } from '../storage/repositories/audit-repository';
import type { TableRole } from '../storage/table-names';
import { subjectKey, subjectNeedles, type DataSubject } from './data-subject';

/**
 * Every table, and how the personal-data jobs find and treat a person's rows
 * in it (docs/storage-keys.md has the keys). Typed as a record over every
 * table role, so a new table does not compile until it says here how it
 * holds people; a test checks it at run time too. What each table holds, in
 * words, is in the message catalogue (`gdpr.table.{role}`).
 */

/** How a person's rows are found. */
export type PersonLocator =
  /**
   * PartitionKey is the person key `{tenant}|{oid}` (or the e-mail): one partition scan,
   * keeping the rows `keep` accepts (an e-mail can be another person's in another programme).
   */
  | { kind: 'partition'; by: 'personKey' | 'email'; keep?: (row: StoredEntity, subject: DataSubject) => boolean }
  /** RowKey is made from the person key or the e-mail: one RowKey query each across partitions. */
  | { kind: 'rowKey'; rowKeys: (subject: DataSubject) => string[] }
  /** Neither key alone finds them: a full scan, filtered here on keys and properties. */
  | { kind: 'scan'; matches: (row: StoredEntity, subject: DataSubject) => boolean }
  /** The table holds nothing about people. */
  | { kind: 'none'; why: string };

/** What an erasure does to a located row. */
export type ErasureTreatment =
  /** The row goes. */
  | 'delete'
  /** Answers: deleted, or kept under a pseudonym (ERASURE_POLICY=pseudonymise-answers). */
  | 'answer'
  /** The row stays, with every id of the person replaced by the pseudonym (the append-only audit log). */
  | 'pseudonymise';

/** Which rows of a programme the retention purge takes once the programme has expired. */
export type RetentionScope =
  /** PartitionKey is the programme id. */
  | 'programmePartition'
  /** PartitionKey starts with `{programmeId}|`. */
  | 'programmePrefix'
  /** Index rows of the programme's enrolments (RowKey is the programme id). */
  | 'enrolmentIndex'
  /** About the person, not one programme: removed when none of their programmes is live any more. */
  | 'person'
  /** Kept: holds nothing about people. */
  | 'kept';

export interface PersonalDataTable {
  locator: PersonLocator;
  erasure: ErasureTreatment;
  retention: RetentionScope;
  /** The programme a row belongs to; undefined when the row is about the person as such. */
  programmeOf(row: StoredEntity): string | undefined;
}

const firstPart = (key: string): string => key.split('|')[0];
const none = () => undefined;

/** The person key at the end of a RowKey: `send|{pk}`, `remind|{pk}`, `remind|{slot}|{pk}`. */
function rowKeyEndsWithPerson(row: StoredEntity, subject: DataSubject): boolean {
  const key = subjectKey(subject);
  return key !== undefined && row.rowKey.toLowerCase().endsWith(`|${key}`);
}

/** An e-mail index row of a roster row still waiting, or of the subject's own enrolment; not of someone else matched to the same e-mail. */
function pointsAtSubject(row: StoredEntity, subject: DataSubject): boolean {
  const target = String(row.properties.enrolmentRow ?? '');
  return !target.startsWith('person|') || target === `person|${subjectKey(subject)}`;
}

/** Any string property of the row names the subject (actor, target). */
function propertiesName(row: StoredEntity, subject: DataSubject): boolean {
  const needles = subjectNeedles(subject);
  return Object.values(row.properties).some((value) => typeof value === 'string' && needles.some((n) => value.toLowerCase().includes(n)));
}

export const PERSONAL_DATA_TABLES: Record<TableRole, PersonalDataTable> = {
  programmes: {
    locator: { kind: 'none', why: 'programme content written by coordinators; names typed into it are reported as mentions' },
    erasure: 'delete',
    retention: 'kept',
    programmeOf: (row) => row.partitionKey,
  },
  joinCodes: {
    locator: { kind: 'none', why: 'join code to programme id' },
    erasure: 'delete',
    retention: 'kept',
    programmeOf: (row) => row.rowKey,
  },
  enrolments: {
    locator: {
      kind: 'rowKey',
      rowKeys: (subject) => [...(subject.person ? [`person|${subjectKey(subject)}`] : []), ...subject.emails.map((e) => `email|${e}`)],
    },
    erasure: 'delete',
    retention: 'programmePartition',
    programmeOf: (row) => row.partitionKey,
  },
  enrolmentsByPerson: {
    locator: { kind: 'partition', by: 'personKey' },
    erasure: 'delete',
    retention: 'enrolmentIndex',
    programmeOf: (row) => row.rowKey,
  },
  enrolmentsByEmail: {
    locator: { kind: 'partition', by: 'email', keep: pointsAtSubject },
    erasure: 'delete',
    retention: 'enrolmentIndex',
    programmeOf: (row) => row.rowKey,
  },
  people: {
    locator: { kind: 'partition', by: 'personKey' },
    erasure: 'delete',
    retention: 'person',
    programmeOf: none,
  },
  conversations: {
    locator: { kind: 'partition', by: 'personKey' },
    erasure: 'delete',
    retention: 'person',
    programmeOf: none,
  },
  answers: {
    locator: { kind: 'rowKey', rowKeys: (subject) => (subject.person ? [subjectKey(subject)!] : []) },
    erasure: 'answer',
    retention: 'programmePrefix',
    programmeOf: (row) => firstPart(row.partitionKey),
  },
  audit: {
    locator: { kind: 'scan', matches: propertiesName },
    erasure: 'pseudonymise',
    retention: 'programmePrefix',
    programmeOf: (row) => (firstPart(row.partitionKey) === GLOBAL_AUDIT_SCOPE ? undefined : firstPart(row.partitionKey)),
  },
  deliveries: {
    locator: { kind: 'scan', matches: rowKeyEndsWithPerson },
    erasure: 'delete',
    retention: 'programmePrefix',
    programmeOf: (row) => firstPart(row.partitionKey),
  },
  leases: {
    locator: { kind: 'none', why: 'which server instance runs the scheduler' },
    erasure: 'delete',
    retention: 'kept',
    programmeOf: none,
  },
  meetings: {
    locator: { kind: 'none', why: 'meeting chat references and the session each runs; who bound it is in the audit log' },
    erasure: 'delete',
    retention: 'kept',
    programmeOf: (row) => (typeof row.properties.programmeId === 'string' ? row.properties.programmeId : undefined),
  },
  live: {
    // `answer|{run}|{pk}` and `attend|{pk}`: the person key ends the RowKey.
    locator: { kind: 'scan', matches: rowKeyEndsWithPerson },
    erasure: 'delete',
    retention: 'programmePrefix',
    programmeOf: (row) => firstPart(row.partitionKey),
  },
};

/**
 * The order erasure works in: enrolments first (so the scheduler stops
 * addressing the person), their indexes after them (as the repository
 * does), the posted messages' records once the messages are deleted, the
 * audit log last. Tables that hold nothing about people come at the end.
 */
export const ERASURE_ORDER: readonly TableRole[] = [
  'enrolments',
  'enrolmentsByPerson',
  'enrolmentsByEmail',
  'deliveries',
  'answers',
  'live',
  'conversations',
  'people',
  'audit',
  'programmes',
  'joinCodes',
  'leases',
  'meetings',
];
