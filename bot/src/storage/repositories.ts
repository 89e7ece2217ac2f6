import type { AuditEntry, StoredAuditEntry } from '../domain/audit';
import type { DeliveryKey, DeliveryRecord, DeliverySubject } from '../domain/delivery';
import type { PersonRef } from '../domain/identity';
import type { Lease } from '../domain/lease';
import type { AgendaState, Attendance, LiveAnswer, LiveRun, MeetingChat } from '../domain/live';
import type { AnswerSet, Enrolment, Person, Programme, Prompt, Session, StoredConversation } from '../domain/model';
import type { EntityTable } from './entity-table';
import type { TableRole } from './table-names';

/**
 * Repository ports, one per aggregate. Implementations: the Table ones over
 * `@azure/data-tables` and in-memory twins, both checked by one contract suite.
 *
 * Concurrency: values carry `version` (the ETag). A write with a version
 * succeeds only if the stored row still has it, else throws
 * `AppError('STORAGE_CONFLICT')`. A create of an existing row throws
 * `AppError('STORAGE_ALREADY_EXISTS')`.
 */

export interface ProgrammeRepository {
  /** Upserts the programme, its sessions and prompts. Returns true if anything changed. */
  save(programme: Programme, sessions: Session[], prompts: Prompt[]): Promise<boolean>;
  get(programmeId: string): Promise<Programme | undefined>;
  /** One partition scan: the programme with its sessions (by number) and prompts (by sendAt). */
  load(programmeId: string): Promise<{ programme: Programme; sessions: Session[]; prompts: Prompt[] } | undefined>;
  list(): Promise<Programme[]>;
  findByJoinCode(code: string): Promise<Programme | undefined>;
}

export interface EnrolmentRepository {
  /** Upserts a roster or join-code enrolment. Idempotent. */
  put(enrolment: Enrolment): Promise<void>;
  listByProgramme(programmeId: string): Promise<Enrolment[]>;
  /** Programmes a person is enrolled in (point/partition reads on the person's index). */
  listByPerson(person: PersonRef): Promise<Enrolment[]>;
  /** Roster enrolments waiting for (or matched to) this e-mail/UPN. */
  listByEmail(email: string): Promise<Enrolment[]>;
  /** Binds a roster enrolment to the person Teams resolved for its e-mail. */
  matchEmail(programmeId: string, email: string, person: PersonRef): Promise<Enrolment | undefined>;
  remove(programmeId: string, person: PersonRef): Promise<void>;
}

export interface PersonRepository {
  get(person: PersonRef): Promise<Person | undefined>;
  put(person: Person): Promise<void>;
}

export interface ConversationRepository {
  get(person: PersonRef): Promise<StoredConversation | undefined>;
  /** Upserts the reference (keeps greetedAt). */
  save(conversation: StoredConversation): Promise<StoredConversation>;
  /** Sets greetedAt only if not yet set (conditional write). Returns true for the one caller that set it. */
  markGreeted(person: PersonRef, at: string): Promise<boolean>;
}

export interface AnswerRepository {
  get(programmeId: string, promptId: string, person: PersonRef): Promise<AnswerSet | undefined>;
  /** Creates the set; throws STORAGE_ALREADY_EXISTS if the person already answered. */
  create(answer: AnswerSet): Promise<AnswerSet>;
  /** Replaces the set if `answer.version` still matches; throws STORAGE_CONFLICT otherwise. */
  update(answer: AnswerSet): Promise<AnswerSet>;
  /** Partition scan: all answers to one prompt. */
  listByPrompt(programmeId: string, promptId: string): Promise<AnswerSet[]>;
}

/**
 * Delivery records, one per (programme, prompt or session, kind, person).
 * State changes go through `update`, conditional on the version read, so
 * of two runners exactly one wins a transition.
 */
export interface DeliveryRepository {
  get(key: DeliveryKey): Promise<DeliveryRecord | undefined>;
  /** Creates the record; throws STORAGE_ALREADY_EXISTS if there is one. */
  create(record: DeliveryRecord): Promise<DeliveryRecord>;
  /**
   * Creates the records that do not exist yet (in transactions per subject,
   * one by one after a conflict) and leaves existing ones as they are.
   * Returns how many it created. `listed`: the caller has just read the
   * partition and knows them missing, so it is not scanned again first.
   */
  createMissing(records: DeliveryRecord[], options?: { listed?: boolean }): Promise<number>;
  /** Replaces the record if `record.version` still matches; throws STORAGE_CONFLICT otherwise. */
  update(record: DeliveryRecord): Promise<DeliveryRecord>;
  /** One partition scan: every delivery about one prompt (send and reminders) or one session. */
  listBySubject(programmeId: string, subject: DeliverySubject): Promise<DeliveryRecord[]>;
}

/** Lease rows (one per lease name). Writes are conditional on the version read. */
export interface LeaseRepository {
  get(name: string): Promise<Lease | undefined>;
  /** Throws STORAGE_ALREADY_EXISTS if the lease row exists. */
  create(lease: Lease): Promise<Lease>;
  /** Throws STORAGE_CONFLICT if `lease.version` is stale or the row is gone. */
  update(lease: Lease): Promise<Lease>;
}

/**
 * The append-only audit log (who read, exported, erased or changed what, and
 * when; never content). There is deliberately no update or delete.
 */
export interface AuditRepository {
  append(entry: AuditEntry): Promise<StoredAuditEntry>;
  /** A programme's entries with `from <= at <= to`, newest first. */
  listByProgramme(programmeId: string, range: { from: Date; to: Date }): Promise<StoredAuditEntry[]>;
}

/** Meeting chats the bot is in and the session each runs (issue 5). Writes are conditional on the version read. */
export interface MeetingRepository {
  get(chatId: string): Promise<MeetingChat | undefined>;
  /** Creates (no version) or replaces (version must still match). */
  save(chat: MeetingChat): Promise<MeetingChat>;
  /** Read, change, conditional write, again after a lost race; `change` returns undefined to leave the row alone. */
  change(chatId: string, change: (current: MeetingChat | undefined) => MeetingChat | undefined): Promise<MeetingChat | undefined>;
}

/**
 * A session's live state, one partition per session: the agenda item
 * everyone follows, live prompts put to the meeting and their answers, and
 * attendance. `save*` creates when the value has no version (throws
 * STORAGE_ALREADY_EXISTS if the row exists) and otherwise replaces only if
 * the version still matches (STORAGE_CONFLICT).
 */
export interface LiveRepository {
  getAgenda(programmeId: string, sessionNumber: number): Promise<AgendaState | undefined>;
  saveAgenda(state: AgendaState): Promise<AgendaState>;
  getRun(programmeId: string, sessionNumber: number, runId: string): Promise<LiveRun | undefined>;
  saveRun(run: LiveRun): Promise<LiveRun>;
  listRuns(programmeId: string, sessionNumber: number): Promise<LiveRun[]>;
  getAnswer(programmeId: string, sessionNumber: number, runId: string, person: PersonRef): Promise<LiveAnswer | undefined>;
  saveAnswer(answer: LiveAnswer): Promise<LiveAnswer>;
  listAnswers(programmeId: string, sessionNumber: number, runId: string): Promise<LiveAnswer[]>;
  getAttendance(programmeId: string, sessionNumber: number, person: PersonRef): Promise<Attendance | undefined>;
  saveAttendance(attendance: Attendance): Promise<Attendance>;
  listAttendance(programmeId: string, sessionNumber: number): Promise<Attendance[]>;
}

/** Liveness of the storage account, for `/healthz`. */
export interface StorageHealth {
  ping(): Promise<void>;
}

/** Every table by role. */
export type RepositoryTables = Record<TableRole, EntityTable>;

export interface Repositories {
  programmes: ProgrammeRepository;
  enrolments: EnrolmentRepository;
  people: PersonRepository;
  conversations: ConversationRepository;
  answers: AnswerRepository;
  deliveries: DeliveryRepository;
  leases: LeaseRepository;
  audit: AuditRepository;
  meetings: MeetingRepository;
  live: LiveRepository;
  health: StorageHealth;
  /**
   * The tables themselves, as rows: only for the jobs that must see every row
   * of a person whatever its shape (export, erasure, the retention purge in
   * bot/src/gdpr). Everything else goes through the repositories above.
   */
  tables: RepositoryTables;
}
