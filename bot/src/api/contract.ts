/**
 * The tab's API as JSON: every endpoint's path, request and response.
 *
 * TYPES ONLY and no imports, so the tab can `import type` this file without
 * pulling server code into its bundle. The server's handlers are typed
 * against it, so the two cannot drift.
 *
 * Conventions
 * - Every `/api/*` call except `/api/dev-auth/*` carries `Authorization: Bearer <token>`
 *   (Teams SSO in Teams, the development issuer's token locally).
 * - Instants are UTC ISO strings (`2026-12-01T08:00:00.000Z`). Programme times are
 *   also given as local wall-clock strings (`2026-12-01T09:00`) with the programme's
 *   IANA `timeZone`; the tab formats instants with `Intl.DateTimeFormat(locale, { timeZone })`.
 * - Texts a coordinator wrote come in both languages (`LocalizedText`); the tab picks one.
 * - `Accept-Language` (or `?lang=sv|en` on downloads) picks the language of error messages
 *   and of export column headers.
 * - Errors: status 4xx/5xx with `ApiErrorBody`. 401 carries only `{ error: { code: 'UNAUTHENTICATED' } }`.
 */

// ---------------------------------------------------------------- basics

export type ApiLocale = 'sv' | 'en';

export interface LocalizedText {
  sv: string;
  en: string;
}

export type ApiRole = 'participant' | 'facilitator' | 'coordinator';

export type ApiVisibility = 'private' | 'cohort' | 'anonymous';

export type ApiQuestionType = 'longText' | 'shortText' | 'singleChoice' | 'multiChoice' | 'rating';

/** longText/shortText: string; singleChoice: choice id; multiChoice: choice ids; rating: 1..5. */
export type ApiAnswerValue = string | string[] | number;

export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_ENROLLED'
  | 'NOT_FOUND'
  | 'VALIDATION_FAILED'
  | 'STORAGE_CONFLICT'
  | 'STORAGE_UNAVAILABLE'
  | 'RATE_LIMITED'
  | 'BODY_TOO_LARGE'
  | 'PROMPT_CLOSED'
  | 'INTERNAL'
  | (string & {});

export interface ApiFieldError {
  /** The question id the message belongs to. */
  field: string;
  /** Already translated, for display next to the field. */
  message: string;
}

export interface ApiErrorBody {
  error: {
    code: ApiErrorCode;
    /** Generic, translated text for the user (absent on 401). */
    message?: string;
    /** Only on VALIDATION_FAILED of an answer. */
    fields?: ApiFieldError[];
  };
  /** Only on 409 STORAGE_CONFLICT of an answer: what is stored now. */
  current?: MyAnswer;
}

export interface ApiDepartment {
  id: string;
  name: LocalizedText;
}

export interface ApiChoice {
  id: string;
  label: LocalizedText;
}

export interface ApiQuestion {
  id: string;
  type: ApiQuestionType;
  label: LocalizedText;
  required: boolean;
  maxLength?: number;
  choices?: ApiChoice[];
}

/** A time in the programme: the local wall-clock string, and the instant it denotes. */
export interface ApiTime {
  /** `yyyy-MM-ddTHH:mm` in the programme's time zone. */
  local: string;
  /** UTC ISO instant. */
  at: string;
}

// ---------------------------------------------------------------- GET /api/me

export interface MeEnrolment {
  programmeId: string;
  programmeName: LocalizedText;
  role: ApiRole;
  /** Department id within the programme, if any. */
  department?: string;
}

export interface MeResponse {
  person: {
    displayName: string;
    /** The language the person reads (preference, roster, then default `sv`). The tab may prefer the Teams locale. */
    locale: ApiLocale;
  };
  enrolments: MeEnrolment[];
}

// ---------------------------------------------------------------- GET /api/programmes/:programmeId

export type ApiSessionStatus = 'upcoming' | 'live' | 'ended';

export interface ApiAgendaItem {
  /** `HH:mm`, local. */
  start: string;
  startsAt: string;
  durationMinutes: number;
  title: LocalizedText;
  description?: LocalizedText;
  lead?: string;
}

export interface ApiMaterial {
  title: LocalizedText;
  url: string;
}

export interface ApiSession {
  number: number;
  title: LocalizedText;
  start: ApiTime;
  end: ApiTime;
  status: ApiSessionStatus;
  joinUrl?: string;
  materials: ApiMaterial[];
  agenda: ApiAgendaItem[];
}

export interface ProgrammeResponse {
  programme: {
    id: string;
    name: LocalizedText;
    description?: LocalizedText;
    defaultLocale: ApiLocale;
    timeZone: string;
    departments: ApiDepartment[];
  };
  /** The caller's role in this programme. */
  myRole: ApiRole;
  sessions: ApiSession[];
  /** Server time the statuses were computed at. */
  now: string;
}

// ---------------------------------------------------------------- GET /api/programmes/:programmeId/my-prompts

/** upcoming: not sent yet (not listed to participants); open: sendAt <= now < dueAt; closed: past dueAt. */
export type ApiPromptStatus = 'upcoming' | 'open' | 'closed';

export interface ApiPromptSummary {
  id: string;
  kind: 'reflection' | 'feedback' | 'invitation';
  afterSession: number;
  title: LocalizedText;
  text: LocalizedText;
  questions: ApiQuestion[];
  sendAt: ApiTime;
  dueAt: ApiTime;
  visibility: ApiVisibility;
  status: ApiPromptStatus;
}

export interface MyAnswer {
  answers: Record<string, ApiAnswerValue>;
  createdAt: string;
  editedAt: string;
  /** Send back as `version` when editing; a stale one gives 409 STORAGE_CONFLICT. */
  version: string;
}

export interface MyPrompt extends ApiPromptSummary {
  /** Present when I have answered. */
  answer?: MyAnswer;
  /** True while the prompt is open (answer or edit allowed). */
  editable: boolean;
}

export interface MyPromptsResponse {
  programmeId: string;
  timeZone: string;
  /** Prompts already sent (open and closed), soonest due first; my answers with them. */
  prompts: MyPrompt[];
  now: string;
}

// ---------------------------------------------------------------- PUT /api/programmes/:programmeId/prompts/:promptId/answer

export interface AnswerRequest {
  /** Question id -> value. Unknown ids are refused (400). Empty strings mean "no answer" for optional questions. */
  inputs: Record<string, ApiAnswerValue>;
  /** The `version` of the answer being edited; omit for a first answer. */
  version?: string;
}

/**
 * 200 with the stored answer (an identical re-submission is a success too).
 * 400 VALIDATION_FAILED with `fields`; 409 STORAGE_CONFLICT with `current` (answered or edited
 * elsewhere meanwhile: show it, let the person edit again from its `version`); 409 PROMPT_CLOSED
 * (past due or not yet sent); 403 FORBIDDEN (not a participant of the programme); 404 NOT_FOUND.
 */
export interface AnswerResponse {
  promptId: string;
  answer: MyAnswer;
}

// ---------------------------------------------------------------- GET /api/programmes/:programmeId/shared

export interface SharedAnswer {
  /** Present for cohort prompts; never for anonymous ones. */
  author?: { displayName: string; department?: string };
  /** True for my own answer (only I see this flag about me). */
  mine: boolean;
  answers: Record<string, ApiAnswerValue>;
}

export interface SharedPrompt {
  promptId: string;
  afterSession: number;
  title: LocalizedText;
  visibility: 'cohort' | 'anonymous';
  questions: ApiQuestion[];
  answers: SharedAnswer[];
}

/** Cohort and anonymous prompts already sent; private prompts never appear. Anonymous answers in a content-derived order. */
export interface SharedResponse {
  programmeId: string;
  prompts: SharedPrompt[];
}

// ---------------------------------------------------------------- GET /api/programmes/:programmeId/responses

/** Facilitators and coordinators. Query: all optional. */
export interface ResponsesQuery {
  /** Session number: prompts with this `afterSession`. */
  session?: string;
  prompt?: string;
  department?: string;
  /** `true`: answered rows only; `false`: not answered only; absent: both. */
  answered?: 'true' | 'false';
}

export interface ResponseRow {
  /** Absent for anonymous prompts (and then no department, no time either). */
  respondent?: { displayName: string; department?: string };
  answered: boolean;
  answers?: Record<string, ApiAnswerValue>;
  answeredAt?: string;
}

export interface WordCount {
  word: string;
  count: number;
}

export interface ChoiceCount {
  /** Choice id, or `'1'`..`'5'` for ratings. */
  value: string;
  label?: LocalizedText;
  count: number;
}

export type QuestionSummary =
  | { questionId: string; type: 'longText' | 'shortText'; answered: number; words: WordCount[] }
  | { questionId: string; type: 'singleChoice' | 'multiChoice'; answered: number; counts: ChoiceCount[] }
  | { questionId: string; type: 'rating'; answered: number; counts: ChoiceCount[]; average?: number };

export interface PromptResponses extends ApiPromptSummary {
  /** Participants the filters select (enrolled, matched or not). */
  expected: number;
  answered: number;
  rows: ResponseRow[];
  summaries: QuestionSummary[];
  /** Anonymous prompt filtered to a department smaller than the minimum group size: rows and summaries withheld. */
  withheld?: 'smallGroup';
}

export interface ResponsesResponse {
  programmeId: string;
  timeZone: string;
  /** Departments the filter may use. */
  departments: ApiDepartment[];
  prompts: PromptResponses[];
}

// ---------------------------------------------------------------- GET /api/programmes/:programmeId/dashboard

/** Coordinators only. */
export interface DeliveryCounts {
  pending: number;
  /** Claimed by a sender right now. */
  sending: number;
  sent: number;
  failed: number;
  unreachable: number;
  /** Stuck in "sending" past its lease: shown, never blindly resent. */
  unknown: number;
  /** Failure and unreachability reasons with counts. */
  reasons: { status: 'failed' | 'unreachable' | 'unknown'; reason: string; count: number }[];
}

export interface Participation {
  expected: number;
  answered: number;
  /** answered / expected, 0..1; 0 when nothing is expected. */
  rate: number;
}

export interface SessionParticipation extends Participation {
  number: number;
  title: LocalizedText;
  prompts: number;
}

export interface PromptParticipation extends Participation {
  promptId: string;
  afterSession: number;
  title: LocalizedText;
  status: ApiPromptStatus;
  dueAt: ApiTime;
  delivery: DeliveryCounts;
  nonResponders: { displayName: string; department?: string }[];
}

export interface DepartmentParticipation extends Participation {
  departmentId: string;
  name: LocalizedText;
  participants: number;
}

export interface DashboardResponse {
  programmeId: string;
  generatedAt: string;
  enrolled: { participants: number; facilitators: number; coordinators: number; notYetSignedIn: number };
  /** Only prompts already sent count towards participation. */
  overall: Participation;
  sessions: SessionParticipation[];
  prompts: PromptParticipation[];
  /** Departments with at least `minGroupSize` participants. */
  departments: DepartmentParticipation[];
  /** How many departments were hidden for being smaller than `minGroupSize`. */
  hiddenDepartments: number;
  minGroupSize: number;
  delivery: DeliveryCounts;
  /** False while no delivery records exist to read (counts are then zeros). */
  deliveryAvailable: boolean;
}

// ---------------------------------------------------------------- downloads

/**
 * GET /api/programmes/:programmeId/export/responses.csv | responses.xlsx
 * GET /api/programmes/:programmeId/export/participation.csv | participation.xlsx
 * Coordinators only. Plain downloads (`Content-Disposition: attachment; filename=…`).
 * CSV is UTF-8 with a BOM, RFC 4180 with commas; xlsx one sheet. Query: `lang=sv|en` for headers.
 * Because a download link cannot carry a header in every client, the tab fetches with
 * the bearer token and saves the blob. Every export writes an audit row.
 */
export type ExportName = 'responses.csv' | 'responses.xlsx' | 'participation.csv' | 'participation.xlsx';

// ---------------------------------------------------------------- GET /api/programmes/:programmeId/audit

export interface AuditEntryView {
  at: string;
  /** Display name of the actor if known in this programme, else a pseudonymous id. */
  actor: string;
  action: string;
  target?: string;
}

/** Coordinators only: newest first, the last 90 days at most. */
export interface AuditResponse {
  programmeId: string;
  entries: AuditEntryView[];
}

// ---------------------------------------------------------------- development sign-in (not in production: 404 there)

export interface DevPerson {
  objectId: string;
  tenantId: string;
  displayName: string;
  email: string;
  /** Roles by programme, from the roster (matched by e-mail). */
  enrolments: { programmeId: string; role: ApiRole }[];
}

/** GET /api/dev-auth/people */
export interface DevPeopleResponse {
  people: DevPerson[];
}

/** POST /api/dev-auth/token */
export interface DevTokenRequest {
  objectId: string;
}

export interface DevTokenResponse {
  accessToken: string;
  tokenType: 'Bearer';
  /** UTC ISO instant. */
  expiresAt: string;
}

// ---------------------------------------------------------------- the endpoint table

/** Path templates; `:programmeId` and `:promptId` are URL-encoded ids. */
export interface ApiEndpoints {
  'GET /api/me': { query: never; body: never; response: MeResponse };
  'GET /api/programmes/:programmeId': { query: never; body: never; response: ProgrammeResponse };
  'GET /api/programmes/:programmeId/my-prompts': { query: never; body: never; response: MyPromptsResponse };
  'PUT /api/programmes/:programmeId/prompts/:promptId/answer': { query: never; body: AnswerRequest; response: AnswerResponse };
  'GET /api/programmes/:programmeId/shared': { query: never; body: never; response: SharedResponse };
  'GET /api/programmes/:programmeId/responses': { query: ResponsesQuery; body: never; response: ResponsesResponse };
  'GET /api/programmes/:programmeId/dashboard': { query: never; body: never; response: DashboardResponse };
  'GET /api/programmes/:programmeId/audit': { query: never; body: never; response: AuditResponse };
  'GET /api/programmes/:programmeId/export/:file': { query: { lang?: ApiLocale }; body: never; response: 'file' };
  'GET /api/dev-auth/people': { query: never; body: never; response: DevPeopleResponse };
  'POST /api/dev-auth/token': { query: never; body: DevTokenRequest; response: DevTokenResponse };
}
