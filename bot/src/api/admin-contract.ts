/**
 * The programme editor and roster API (issue 6, parts 1 and 2) as JSON.
 *
 * TYPES ONLY, importing only contract.ts's types (the tab `import type`s this file). Conventions
 * as in contract.ts: bearer token on every call, `Accept-Language` picks the
 * language of `error.message`, programme times are local wall-clock strings
 * `yyyy-MM-ddTHH:mm` in the programme's IANA `timeZone`.
 *
 * Who may call what
 * - Every route under `/api/admin/programmes/:programmeId/...`: coordinators
 *   of THAT programme only, checked on every request from the caller's own
 *   enrolments. Anyone else (participant, facilitator, stranger): 403 FORBIDDEN.
 * - `GET /api/admin/programmes`: any signed-in person (lists only what they coordinate; may be empty).
 * - Creating (`POST /api/admin/programmes`, `.../:id/copy`, `import` of a new id):
 *   a coordinator of at least one programme, or a person on the configured
 *   admin list (`mayCreate` in the list response says which applies to the caller).
 *   The creator is enrolled as the new programme's coordinator. The very first
 *   programme of an installation comes from the command line (`npm run programme -- import`).
 *
 * Errors besides contract.ts's `ApiErrorBody`
 * - 400 VALIDATION_FAILED with `issues` (AdminIssue[]): the programme did not validate; nothing written.
 * - 400 PROGRAMME_FILE_INVALID with `issues` (AdminFileIssue[]): an imported file did not validate; nothing written.
 * - 409 STORAGE_CONFLICT with `currentVersion`: the programme changed since it was read (optimistic concurrency).
 * - 409 PROMPT_ALREADY_SENT with `prompts`: see AdminProgrammeUpdate.answersPolicy.
 * - 409 STORAGE_ALREADY_EXISTS: the new programme id (create, copy) is taken.
 * - 409 ROSTER_PREVIEW_STALE: apply's `previewToken` no longer matches (file or stored roster changed).
 * - 400 ROSTER_HAS_ERRORS: apply refused because rows have errors; nothing written.
 * - 409 LAST_COORDINATOR: a role change or removal would leave the programme without a coordinator.
 * - 409 PROMPT_NOT_OPEN with `sendAt` / PROMPT_CLOSED with `dueAt`: "send now" outside the prompt's window.
 */

// ---------------------------------------------------------------- basics (contract.ts's, under the names used here)

import type {
  ApiLocale as AdminLocale,
  ApiQuestionType as AdminQuestionType,
  ApiRole as AdminRole,
  ApiVisibility as AdminVisibility,
  LocalizedText as AdminText,
} from './contract';

export type { AdminLocale, AdminQuestionType, AdminRole, AdminText, AdminVisibility };
export type AdminPromptKind = 'reflection' | 'feedback' | 'invitation';

/** `yyyy-MM-ddTHH:mm`, local to the programme's time zone. */
export type AdminLocalDateTime = string;

/** One validation problem, with its message in both languages. */
export interface AdminIssue {
  /** `sessions[1].agenda[0].durationMinutes`; empty for the whole thing. */
  path: string;
  /** Stable code (`endNotAfterStart`, `invalidJoinCode`, ... see domain/schemas/issues.ts). */
  code: string;
  params: Record<string, string | number>;
  message: AdminText;
}

/** A problem in an imported programme file: also where it is (1-based), like the CLI's `FILE:LINE:COL`. */
export interface AdminFileIssue extends AdminIssue {
  line: number;
  column: number;
}

export interface AdminErrorBody {
  error: { code: string; message?: string };
  /** 400 VALIDATION_FAILED. */
  issues?: AdminIssue[];
  /** 409 STORAGE_CONFLICT on PUT: the version stored now. */
  currentVersion?: string;
  /** 409 PROMPT_ALREADY_SENT. */
  prompts?: SentPromptConflict[];
  /** 400 ROSTER_HAS_ERRORS: the preview's counts. */
  counts?: RosterCounts;
}

// ---------------------------------------------------------------- the editable programme

export interface AdminDepartment {
  /** `[a-z0-9-]`, unique in the programme; referenced by roster rows. */
  id: string;
  name: AdminText;
}

export interface AdminProgrammeFields {
  /** `[a-z0-9][a-z0-9-]{0,62}`; cannot change once created (copy instead). */
  id: string;
  name: AdminText;
  description?: AdminText;
  defaultLocale: AdminLocale;
  /** IANA zone, e.g. `Europe/Stockholm`. */
  timeZone: string;
  departments: AdminDepartment[];
  /** `[A-Z0-9]{4,12}`; renew with POST .../join-code. */
  joinCode: string;
  /** Days after the programme's end that personal data is kept. */
  retentionDays?: number;
}

export interface AdminAgendaItem {
  /** `HH:mm` on the session's day. Items are an ordered array: reordering = sending the new order. */
  start: string;
  durationMinutes: number;
  title: AdminText;
  description?: AdminText;
  lead?: string;
}

export interface AdminMaterial {
  title: AdminText;
  /** https only. */
  url: string;
}

export interface AdminSession {
  /** 1..n without gaps. */
  number: number;
  title: AdminText;
  start: AdminLocalDateTime;
  end: AdminLocalDateTime;
  /** Teams meeting link (https). */
  joinUrl?: string;
  materials: AdminMaterial[];
  agenda: AdminAgendaItem[];
  /** Short questions put to the session's meeting (at most 20); omitted or empty: none. */
  livePrompts?: AdminLivePrompt[];
}

export type AdminLiveQuestionType = 'singleChoice' | 'multiChoice' | 'rating' | 'word' | 'openText';

/** A live prompt: a question asked in the session's meeting chat (answers on the stage, see live-contract.ts). */
export interface AdminLivePrompt {
  /** `[a-z0-9-]`, unique in the session. */
  id: string;
  type: AdminLiveQuestionType;
  question: AdminText;
  /** singleChoice / multiChoice only, 2..10 with unique ids. */
  choices?: AdminChoice[];
  /** word / openText only (default 40 for a word, 280 for open text; at most 1000). Filled in with the default when saved. */
  maxLength?: number;
}

export interface AdminChoice {
  id: string;
  label: AdminText;
}

export interface AdminQuestion {
  id: string;
  type: AdminQuestionType;
  label: AdminText;
  required: boolean;
  /** Text questions only (default 2000 long, 200 short). */
  maxLength?: number;
  /** Choice questions only, 2..10. */
  choices?: AdminChoice[];
}

export interface AdminPrompt {
  id: string;
  kind: AdminPromptKind;
  /** The session it follows. */
  afterSession: number;
  title: AdminText;
  text: AdminText;
  /** 1..5. */
  questions: AdminQuestion[];
  sendAt: AdminLocalDateTime;
  dueAt: AdminLocalDateTime;
  /** Strictly between sendAt and dueAt, at most 5. */
  reminders: AdminLocalDateTime[];
  visibility: AdminVisibility;
}

/** The whole editable programme. */
export interface AdminProgrammeDocument {
  programme: AdminProgrammeFields;
  sessions: AdminSession[];
  prompts: AdminPrompt[];
}

/** Where a prompt stands: once it has answers or delivery records, changing it needs an answersPolicy. */
export interface AdminPromptState {
  promptId: string;
  answers: number;
  /** Delivery records (pending, sent, ...) for its send and reminders. */
  deliveries: number;
  /** answers > 0 || deliveries > 0. */
  sent: boolean;
}

// ---------------------------------------------------------------- GET /api/admin/programmes

export interface AdminProgrammeSummary {
  id: string;
  name: AdminText;
  timeZone: string;
  joinCode: string;
  sessionCount: number;
  /** Local start of session 1, if any. */
  firstSessionStart?: AdminLocalDateTime;
}

export interface AdminProgrammeListResponse {
  /** The programmes the caller coordinates. */
  programmes: AdminProgrammeSummary[];
  /** Whether the caller may create programmes (coordinator somewhere, or on the admin list). */
  mayCreate: boolean;
}

// ---------------------------------------------------------------- POST /api/admin/programmes (create from nothing)

export interface AdminCreateProgrammeRequest {
  id: string;
  name: AdminText;
  description?: AdminText;
  defaultLocale?: AdminLocale;
  /** Default `Europe/Stockholm`. */
  timeZone?: string;
  departments: AdminDepartment[];
  /** Omitted: a fresh random code. */
  joinCode?: string;
  /**
   * Session 1 (a programme needs at least one session). Omitted: a placeholder
   * "Träff 1 / Session 1" 09:00–12:00 on the next weekday two weeks from today, to edit.
   */
  firstSession?: AdminSession;
}

/** 201; the caller is enrolled as coordinator. */
export type AdminCreateProgrammeResponse = AdminProgrammeResponse;

// ---------------------------------------------------------------- GET / PUT /api/admin/programmes/:programmeId

export interface AdminProgrammeResponse extends AdminProgrammeDocument {
  /** Opaque optimistic-concurrency token: send it back on PUT. */
  version: string;
  promptStates: AdminPromptState[];
}

export type AnswersPolicy = 'keep' | 'discard';

/**
 * PUT body: the whole programme (replaces sessions and prompts; a prompt or
 * session left out is removed). `programme.id` must equal the path id.
 *
 * The "prompt already sent" rule: a prompt that is changed or removed and
 * already has answers or delivery records is refused with 409
 * PROMPT_ALREADY_SENT (listing those prompts) unless `answersPolicy` names
 * it:
 * - `keep`: answers given so far stay as they are (answers to a removed
 *   question stay stored and are still shown in exports); people who got
 *   the prompt are NOT sent it again.
 * - `discard`: answers given so far to that prompt are deleted; nothing is
 *   re-sent either (delivery records are kept, so nobody gets a duplicate).
 * Unchanged prompts need no policy; a policy for an unchanged prompt is ignored.
 */
export interface AdminProgrammeUpdate extends AdminProgrammeDocument {
  version: string;
  answersPolicy?: Record<string, AnswersPolicy>;
}

export interface SentPromptConflict {
  promptId: string;
  title: AdminText;
  /** `changed` or `removed` by this update. */
  change: 'changed' | 'removed';
  answers: number;
  deliveries: number;
}

/** 200: the programme as stored now. */
export type AdminProgrammeUpdateResponse = AdminProgrammeResponse & {
  /** Answers deleted under `discard`, per prompt id. */
  discardedAnswers: Record<string, number>;
};

// ---------------------------------------------------------------- POST .../join-code

export interface AdminJoinCodeResponse {
  joinCode: string;
  version: string;
}

// ---------------------------------------------------------------- POST .../copy

/** Shift every date (sessions, prompt send/due/reminders) by whole calendar days in the programme's zone: wall-clock times stay. */
export type AdminCopyShift = { days: number } | { firstSessionDate: string /** `yyyy-MM-dd`: where session 1 lands. */ };

export interface AdminCopyRequest {
  newId: string;
  name: AdminText;
  shift: AdminCopyShift;
  /** Omitted: a fresh random code. The roster is NOT copied. */
  joinCode?: string;
}

/** 201: the new programme; the caller is its coordinator. */
export type AdminCopyResponse = AdminProgrammeResponse & { shiftedDays: number };

// ---------------------------------------------------------------- GET .../file (export)

/**
 * 200 `application/yaml` download `{programmeId}.yaml`: the same programme
 * file format as `npm run programme -- import` (absolute local times; roster
 * rows for enrolments that have an e-mail and a department).
 */
export type AdminExportResponse = 'file';

// ---------------------------------------------------------------- POST /api/admin/programmes/import

export interface AdminImportRequest {
  /** The programme file's text (YAML or JSON). */
  text: string;
  /** Shown in issues; default `programme.yaml`. */
  fileName?: string;
  /** As on PUT, when the file changes prompts that were already sent. */
  answersPolicy?: Record<string, AnswersPolicy>;
}

export interface AdminImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  removed: number;
}

/**
 * 200 (or 400 PROGRAMME_FILE_INVALID with `issues: AdminFileIssue[]`, nothing written).
 * An existing programme id: coordinators of it only, under the "prompt already sent" rule
 * (409 PROMPT_ALREADY_SENT). A new id: whoever may create programmes; they become its coordinator.
 * Roster rows in the file are upserted (matched on e-mail), never removed.
 */
export interface AdminImportResponse {
  programmeId: string;
  programme: 'created' | 'updated' | 'unchanged';
  sessions: AdminImportCounts;
  prompts: AdminImportCounts;
  enrolments: { created: number; updated: number; unchanged: number; notInFile: number };
  /** Answers deleted under `discard`, per prompt id. */
  discardedAnswers: Record<string, number>;
}

// ---------------------------------------------------------------- roster preview / apply

export type RosterFileKind = 'csv' | 'xlsx';

/**
 * A roster file: a header row, then one person per row. Columns (sv or en,
 * any order, case-insensitive): `e-post`/`email`, `namn`/`name`,
 * `förvaltning`/`avdelning`/`department` (department id or name in sv or en),
 * `roll`/`role` (deltagare/participant, kursledare/facilitator,
 * samordnare/coordinator; empty = participant), optional `språk`/`language` (sv/en).
 * CSV: comma or semicolon separated (Excel's Swedish export), UTF-8 with or without BOM.
 * xlsx: the first worksheet.
 */
export interface RosterPreviewRequest {
  kind: RosterFileKind;
  /** CSV: the text. xlsx: the file as base64. */
  content: string;
}

export type RosterRowStatus = 'new' | 'changed' | 'unchanged' | 'error';

export interface RosterRowError {
  /** `email`, `name`, `department`, `role`, `language`, or `row`. */
  column: string;
  code: string;
  message: AdminText;
}

export interface RosterRowResult {
  /** Line in the file (1 = the header row). */
  row: number;
  status: RosterRowStatus;
  email?: string;
  name?: string;
  /** Department id, resolved from id or name. */
  department?: string;
  role?: AdminRole;
  language?: AdminLocale;
  /** `changed`: which fields (`role`, `name`, `department`, `language`). */
  changes?: string[];
  /** `changed` with a role change: the role before. */
  previousRole?: AdminRole;
  errors?: RosterRowError[];
}

export interface RosterCounts {
  new: number;
  changed: number;
  unchanged: number;
  error: number;
  /** Roster enrolments not in the file: kept as they are (remove people one by one). */
  notInFile: number;
}

/** 200; nothing written. */
export interface RosterPreviewResponse {
  rows: RosterRowResult[];
  counts: RosterCounts;
  /** Hash of exactly these results; apply only with it. */
  previewToken: string;
}

export interface RosterApplyRequest extends RosterPreviewRequest {
  previewToken: string;
}

/** 200: what was written (equals the preview's new + changed). */
export interface RosterApplyResponse {
  counts: RosterCounts;
  written: number;
}

// ---------------------------------------------------------------- people

export interface AdminPerson {
  /** Opaque, URL-safe; use in `.../people/:key`. */
  key: string;
  displayName: string;
  email?: string;
  department?: string;
  role: AdminRole;
  source: 'roster' | 'joinCode';
  /** Signed in to Teams and matched (false: a roster row waiting for its person). */
  matched: boolean;
  /** Matched people only: who they are (for the personal-data export and erasure routes). */
  tenantId?: string;
  objectId?: string;
}

/** GET /api/admin/programmes/:programmeId/people */
export interface AdminPeopleResponse {
  people: AdminPerson[];
}

/** PUT .../people/:key/role; audited (`role.change`). */
export interface AdminRoleRequest {
  role: AdminRole;
}

export interface AdminRoleResponse {
  person: AdminPerson;
  previousRole: AdminRole;
}

/** DELETE .../people/:key: 204; audited (`role.change` with target `<key> <role>→removed`). Answers stay (erasure is the GDPR route). */

// ---------------------------------------------------------------- card preview

/** GET .../cards/:promptId?locale=sv|en: the stored prompt's Adaptive Card exactly as sent (rendered at its send time, the open form). */
export interface AdminCardPreviewResponse {
  promptId: string;
  locale: AdminLocale;
  /** Adaptive Card JSON; render with the `adaptivecards` package. */
  card: Record<string, unknown>;
}

/**
 * POST .../cards/preview: a draft prompt (not saved yet) rendered the same way;
 * 400 VALIDATION_FAILED with `issues` (paths under `prompt.`) if it is not valid.
 */
export interface AdminDraftCardRequest {
  prompt: AdminPrompt;
  /** Default: the request's language. */
  locale?: AdminLocale;
}

/**
 * POST .../cards/live-preview: a live prompt draft (saved or not) as the
 * meeting participants get it in the meeting chat, the open question card;
 * 400 VALIDATION_FAILED with `issues` (paths under `livePrompt.`) if it is not valid.
 */
export interface AdminLiveCardRequest {
  livePrompt: AdminLivePrompt;
  /** The session it belongs to (its number and, from the draft, its title; default: the stored session's title). */
  sessionNumber: number;
  sessionTitle?: AdminText;
  /** Default: the request's language. */
  locale?: AdminLocale;
}

export interface AdminLiveCardPreviewResponse {
  livePromptId: string;
  sessionNumber: number;
  locale: AdminLocale;
  /** Adaptive Card JSON; render with the `adaptivecards` package. */
  card: Record<string, unknown>;
}

// ---------------------------------------------------------------- roster from a Teams team

/**
 * POST .../roster/from-team: the members of a team the bot is installed in
 * (paged member lookup at the Bot Connector, reached at the serviceUrl of
 * the caller's own chat with the bot: 404 if they never chatted with it),
 * as roster rows of one department and role, matched to their person on
 * e-mail/UPN. Without `previewToken`: the preview (nothing written); with
 * the preview's token: the apply, as for a file. 501 NOT_IMPLEMENTED when
 * the server has no team member lookup configured.
 */
export interface RosterFromTeamRequest {
  /** The team's id (`19:...@thread.tacv2`); the bot must be installed in it. */
  teamId: string;
  /** Department id for everyone added (roster rows need one). */
  department: string;
  /** Role for everyone added; default participant. */
  role?: AdminRole;
  previewToken?: string;
}

export type RosterFromTeamResponse = RosterPreviewResponse | RosterApplyResponse;

// ---------------------------------------------------------------- POST .../prompts/:promptId/send

/** Why deliveries did not go out: known reasons as stable codes, anything else (HTTP statuses, Graph codes) as `other` with the recorded text. */
export type AdminSendReasonCode = 'notInstalled' | 'notMatched' | 'serviceUrlNotAllowed' | 'claimExpired' | 'other';

export interface AdminSendReason {
  state: 'failed' | 'unreachable' | 'unknown';
  code: AdminSendReasonCode;
  /** `other` only: the reason as recorded. */
  detail?: string;
  count: number;
}

/**
 * POST .../prompts/:promptId/send (no body): "send now", as `npm run programme
 * -- send`. Every enrolled participant gets the prompt through the delivery
 * records, so nobody gets it twice (those already sent to are left alone;
 * unreachable people are tried again). 200 with the summary of ALL the
 * prompt's deliveries (earlier sends included). 404 NOT_FOUND: no such
 * stored prompt. 409 PROMPT_NOT_OPEN (`sendAt`) before its send time, 409
 * PROMPT_CLOSED (`dueAt`) after its due time. 501 NOT_IMPLEMENTED when the
 * server has no sender configured.
 */
export interface AdminSendNowResponse {
  programmeId: string;
  promptId: string;
  sent: number;
  failed: number;
  /** Not installed, and participants whose roster e-mail is not matched to a Teams account yet. */
  unreachable: number;
  /** May or may not have arrived; never resent. */
  unknown: number;
  /** Pending or being sent right now. */
  waiting: number;
  reasons: AdminSendReason[];
}

// ---------------------------------------------------------------- the endpoint table

export interface AdminEndpoints {
  'GET /api/admin/programmes': { body: never; response: AdminProgrammeListResponse };
  'POST /api/admin/programmes': { body: AdminCreateProgrammeRequest; response: AdminCreateProgrammeResponse };
  'POST /api/admin/programmes/import': { body: AdminImportRequest; response: AdminImportResponse };
  'GET /api/admin/programmes/:programmeId': { body: never; response: AdminProgrammeResponse };
  'PUT /api/admin/programmes/:programmeId': { body: AdminProgrammeUpdate; response: AdminProgrammeUpdateResponse };
  'POST /api/admin/programmes/:programmeId/join-code': { body: never; response: AdminJoinCodeResponse };
  'POST /api/admin/programmes/:programmeId/copy': { body: AdminCopyRequest; response: AdminCopyResponse };
  'GET /api/admin/programmes/:programmeId/file': { body: never; response: AdminExportResponse };
  'GET /api/admin/programmes/:programmeId/people': { body: never; response: AdminPeopleResponse };
  'DELETE /api/admin/programmes/:programmeId/people/:key': { body: never; response: never };
  'PUT /api/admin/programmes/:programmeId/people/:key/role': { body: AdminRoleRequest; response: AdminRoleResponse };
  'POST /api/admin/programmes/:programmeId/roster/preview': { body: RosterPreviewRequest; response: RosterPreviewResponse };
  'POST /api/admin/programmes/:programmeId/roster/apply': { body: RosterApplyRequest; response: RosterApplyResponse };
  'POST /api/admin/programmes/:programmeId/roster/from-team': { body: RosterFromTeamRequest; response: RosterFromTeamResponse };
  'GET /api/admin/programmes/:programmeId/cards/:promptId': { body: never; response: AdminCardPreviewResponse };
  'POST /api/admin/programmes/:programmeId/cards/preview': { body: AdminDraftCardRequest; response: AdminCardPreviewResponse };
  'POST /api/admin/programmes/:programmeId/cards/live-preview': { body: AdminLiveCardRequest; response: AdminLiveCardPreviewResponse };
  'POST /api/admin/programmes/:programmeId/prompts/:promptId/send': { body: never; response: AdminSendNowResponse };
}
