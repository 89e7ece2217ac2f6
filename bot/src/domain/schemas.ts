import { z } from 'zod';
import { AppError } from '../errors';
import { normalizeEmail } from './identity';
import { LOCALES } from './locale';
import type { Enrolment, Programme, Prompt, Question, Role, Session } from './model';
import { PROMPT_KINDS, QUESTION_TYPES, ROLES, VISIBILITIES } from './model';
import { isLocalDateTime, isValidZone, localToInstant } from './time';

/**
 * What valid programme data is. Every rule that is ours (not a plain type or
 * size check) raises a `custom` issue whose `params.code` is one of
 * ISSUE_CODES, so `toValidationIssues` can hand out stable `{ path, code,
 * params }` triples that the `programme.issue.*` messages translate.
 *
 * Checks that span fields are written defensively and run even when other
 * fields failed (`when: always`), so a file shows all its errors at once.
 */

export const ISSUE_CODES = [
  // type and size checks (mapped from zod's own issues)
  'required',
  'wrongType',
  'notInteger',
  'empty',
  'tooShort',
  'tooLong',
  'tooFew',
  'tooMany',
  'tooSmall',
  'tooLarge',
  'invalidOption',
  'unknownField',
  'invalidEmail',
  'invalid',
  // formats
  'invalidId',
  'invalidJoinCode',
  'invalidZone',
  'invalidLocalDateTime',
  'invalidTimeOfDay',
  'invalidUrl',
  'notHttps',
  // rules within one object
  'endNotAfterStart',
  'agendaOutsideSession',
  'agendaOverlap',
  'dueNotAfterSend',
  'reminderOutsideWindow',
  'duplicateId',
  'choicesRequired',
  'choicesNotAllowed',
  'maxLengthNotAllowed',
  // rules across a programme
  'nonexistentLocalTime',
  'duplicateSessionNumber',
  'sessionNumberGap',
  'unknownSession',
  'sendBeforeSession',
  'unknownDepartment',
  'duplicateEmail',
  // programme files
  'syntax',
  'invalidRelativeTime',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export type IssuePath = (string | number)[];
export type IssueParams = Record<string, string | number>;

/** One validation problem: where, what (stable code) and the values a message needs. */
export interface ValidationIssue {
  path: IssuePath;
  code: IssueCode;
  params: IssueParams;
}

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;
export const JOIN_CODE_PATTERN = /^[A-Z0-9]{4,12}$/;
const TIME_OF_DAY_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

export const LIMITS = {
  titleLength: 200,
  textLength: 4000,
  leadLength: 200,
  nameLength: 200,
  departments: 30,
  materials: 20,
  agendaItems: 20,
  questions: { min: 1, max: 5 },
  choices: { min: 2, max: 10 },
  reminders: 5,
  durationMinutes: { min: 1, max: 480 },
  maxLength: { longText: 2000, shortText: 200, max: 4000 },
  retentionDays: { min: 1, max: 3650 },
} as const;

const CHOICE_TYPES: readonly string[] = ['singleChoice', 'multiChoice'];
const TEXT_TYPES: readonly string[] = ['longText', 'shortText'];
/** Cross-field checks run even when other fields failed, so all errors show at once. */
const always = { when: () => true };

type Ctx = z.RefinementCtx;

function report(ctx: Ctx, path: IssuePath, code: IssueCode, params: IssueParams = {}): void {
  ctx.addIssue({ code: 'custom', message: code, path, params: { code, ...params } });
}

function withCode(code: IssueCode, params: IssueParams = {}) {
  return { params: { code, ...params } };
}

// ---------------------------------------------------------------------------
// Building blocks

export const idSchema = z.string().refine((v) => ID_PATTERN.test(v), withCode('invalidId'));
export const joinCodeSchema = z.string().refine((v) => JOIN_CODE_PATTERN.test(v), withCode('invalidJoinCode'));
export const timeZoneSchema = z.string().refine(isValidZone, withCode('invalidZone'));
export const localDateTimeSchema = z.string().refine(isLocalDateTime, withCode('invalidLocalDateTime'));
export const timeOfDaySchema = z.string().refine((v) => TIME_OF_DAY_PATTERN.test(v), withCode('invalidTimeOfDay'));

export const httpsUrlSchema = z.string().superRefine((v, ctx) => {
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return report(ctx, [], 'invalidUrl');
  }
  if (url.protocol !== 'https:') report(ctx, [], 'notHttps');
});

function text(max: number) {
  return z.string().trim().min(1).max(max);
}

export function localizedTextSchema(max: number = LIMITS.titleLength) {
  return z.strictObject({ sv: text(max), en: text(max) });
}

export const emailSchema = z.string().trim().transform(normalizeEmail).pipe(z.email());

// ---------------------------------------------------------------------------
// Programme

export const departmentSchema = z.strictObject({ id: idSchema, name: localizedTextSchema() });

export const programmeSchema = z
  .strictObject({
    id: idSchema,
    name: localizedTextSchema(),
    description: localizedTextSchema(LIMITS.textLength).optional(),
    defaultLocale: z.enum(LOCALES).default('sv'),
    timeZone: timeZoneSchema,
    departments: z.array(departmentSchema).min(1).max(LIMITS.departments),
    joinCode: joinCodeSchema,
    retentionDays: z.int().min(LIMITS.retentionDays.min).max(LIMITS.retentionDays.max).optional(),
  })
  .superRefine((p, ctx) => {
    reportDuplicates(
      ctx,
      arr(p.departments),
      (d) => str(rec(d).id),
      (i) => ['departments', i, 'id'],
    );
  }, always);

// ---------------------------------------------------------------------------
// Sessions

export const materialSchema = z.strictObject({ title: localizedTextSchema(), url: httpsUrlSchema });

export const agendaItemSchema = z.strictObject({
  start: timeOfDaySchema,
  durationMinutes: z.int().min(LIMITS.durationMinutes.min).max(LIMITS.durationMinutes.max),
  title: localizedTextSchema(),
  description: localizedTextSchema(LIMITS.textLength).optional(),
  lead: text(LIMITS.leadLength).optional(),
});

const sessionFields = {
  number: z.int().min(1),
  title: localizedTextSchema(),
  start: localDateTimeSchema,
  end: localDateTimeSchema,
  joinUrl: httpsUrlSchema.optional(),
  materials: z.array(materialSchema).max(LIMITS.materials).default([]),
  agenda: z.array(agendaItemSchema).max(LIMITS.agendaItems).default([]),
};

function checkSession(s: unknown, ctx: Ctx): void {
  const { start, end, agenda } = rec(s);
  if (!isLocal(start) || !isLocal(end)) return;
  // Same format on both sides, so string order is wall-clock order.
  if (end <= start) return report(ctx, ['end'], 'endNotAfterStart', { start, end });
  const day = start.slice(0, 10);
  if (end.slice(0, 10) !== day) return; // agenda times are within one day
  const from = minutesOf(start.slice(11));
  const to = minutesOf(end.slice(11));
  let previousEnd: number | undefined;
  arr(agenda).forEach((item, i) => {
    const { start: itemStart, durationMinutes } = rec(item);
    if (typeof itemStart !== 'string' || !TIME_OF_DAY_PATTERN.test(itemStart) || typeof durationMinutes !== 'number') return;
    const itemFrom = minutesOf(itemStart);
    const itemTo = itemFrom + durationMinutes;
    if (itemFrom < from || itemTo > to) {
      report(ctx, ['agenda', i, 'start'], 'agendaOutsideSession', {
        start: itemStart,
        end: hhmm(itemTo),
        sessionStart: hhmm(from),
        sessionEnd: hhmm(to),
      });
    } else if (previousEnd !== undefined && itemFrom < previousEnd) {
      report(ctx, ['agenda', i, 'start'], 'agendaOverlap', { start: itemStart, previousEnd: hhmm(previousEnd) });
    }
    previousEnd = Math.max(previousEnd ?? 0, itemTo);
  });
}

/** A session as written in a programme file (the programme id comes from the file). */
export const sessionInputSchema = z.strictObject(sessionFields).superRefine(checkSession, always);
export const sessionSchema = z.strictObject({ programmeId: idSchema, ...sessionFields }).superRefine(checkSession, always);

// ---------------------------------------------------------------------------
// Prompts

export const choiceSchema = z.strictObject({ id: idSchema, label: localizedTextSchema() });

export const questionSchema = z
  .strictObject({
    id: idSchema,
    type: z.enum(QUESTION_TYPES),
    label: localizedTextSchema(LIMITS.textLength),
    required: z.boolean().default(true),
    maxLength: z.int().min(1).max(LIMITS.maxLength.max).optional(),
    choices: z.array(choiceSchema).optional(),
  })
  .superRefine((q, ctx) => {
    const type = str(q.type);
    if (type === undefined) return;
    const choices = q.choices;
    if (CHOICE_TYPES.includes(type)) {
      if (choices === undefined) return report(ctx, ['choices'], 'choicesRequired', LIMITS.choices);
      if (!Array.isArray(choices)) return;
      if (choices.length < LIMITS.choices.min) report(ctx, ['choices'], 'tooFew', { min: LIMITS.choices.min });
      if (choices.length > LIMITS.choices.max) report(ctx, ['choices'], 'tooMany', { max: LIMITS.choices.max });
      reportDuplicates(
        ctx,
        choices,
        (c) => str(rec(c).id),
        (i) => ['choices', i, 'id'],
      );
    } else if (choices !== undefined) {
      report(ctx, ['choices'], 'choicesNotAllowed', { type });
    }
    if (!TEXT_TYPES.includes(type) && q.maxLength !== undefined) report(ctx, ['maxLength'], 'maxLengthNotAllowed', { type });
  }, always)
  .transform((q): Question => {
    if (q.type === 'longText' || q.type === 'shortText') return { ...q, maxLength: q.maxLength ?? LIMITS.maxLength[q.type] };
    return q;
  });

const promptFields = {
  id: idSchema,
  kind: z.enum(PROMPT_KINDS),
  afterSession: z.int().min(1),
  title: localizedTextSchema(),
  text: localizedTextSchema(LIMITS.textLength),
  questions: z.array(questionSchema).min(LIMITS.questions.min).max(LIMITS.questions.max),
  sendAt: localDateTimeSchema,
  dueAt: localDateTimeSchema,
  reminders: z.array(localDateTimeSchema).max(LIMITS.reminders).default([]),
  visibility: z.enum(VISIBILITIES).default('private'),
};

function checkPrompt(p: unknown, ctx: Ctx): void {
  const { sendAt, dueAt, reminders, questions } = rec(p);
  reportDuplicates(
    ctx,
    arr(questions),
    (q) => str(rec(q).id),
    (i) => ['questions', i, 'id'],
  );
  if (!isLocal(sendAt) || !isLocal(dueAt)) return;
  if (dueAt <= sendAt) return report(ctx, ['dueAt'], 'dueNotAfterSend', { sendAt, dueAt });
  arr(reminders).forEach((r, i) => {
    if (isLocal(r) && (r <= sendAt || r >= dueAt)) report(ctx, ['reminders', i], 'reminderOutsideWindow', { sendAt, dueAt });
  });
}

/** A prompt as written in a programme file (the programme id comes from the file). */
export const promptInputSchema = z.strictObject(promptFields).superRefine(checkPrompt, always);
export const promptSchema = z.strictObject({ programmeId: idSchema, ...promptFields }).superRefine(checkPrompt, always);

// ---------------------------------------------------------------------------
// Roster

export const rosterRowSchema = z.strictObject({
  email: emailSchema,
  name: text(LIMITS.nameLength),
  /** A department id of the programme (checked against the programme by `programmeBundleSchema`). */
  department: idSchema,
  role: z.enum(ROLES).default('participant'),
  /** The language the person reads, when the roster knows it (wins over the Teams client's language). */
  language: z.enum(LOCALES).optional(),
});
export type RosterRow = z.output<typeof rosterRowSchema>;

export function rosterRowToEnrolment(programmeId: string, row: RosterRow, enrolledAt: string): Enrolment {
  const enrolment: Enrolment = {
    programmeId,
    role: row.role,
    displayName: row.name,
    department: row.department,
    email: row.email,
    source: 'roster',
    enrolledAt,
  };
  if (row.language) enrolment.language = row.language;
  return enrolment;
}

// ---------------------------------------------------------------------------
// A whole programme: programme, sessions, prompts and roster together

export const programmeBundleSchema = z
  .strictObject({
    programme: programmeSchema,
    sessions: z.array(sessionInputSchema).min(1),
    prompts: z.array(promptInputSchema).default([]),
    roster: z.array(rosterRowSchema).default([]),
  })
  .superRefine(checkBundle, always);
export type ProgrammeBundle = z.output<typeof programmeBundleSchema>;

function checkBundle(bundle: unknown, ctx: Ctx): void {
  const { programme, sessions, prompts, roster } = rec(bundle);
  const zone = str(rec(programme).timeZone);
  const sessionList = arr(sessions).map(rec);
  const promptList = arr(prompts).map(rec);

  if (zone !== undefined && isValidZone(zone)) {
    sessionList.forEach((s, i) => {
      for (const field of ['start', 'end']) reportNonexistent(ctx, ['sessions', i, field], s[field], zone);
    });
    promptList.forEach((p, i) => {
      for (const field of ['sendAt', 'dueAt']) reportNonexistent(ctx, ['prompts', i, field], p[field], zone);
      arr(p.reminders).forEach((r, j) => reportNonexistent(ctx, ['prompts', i, 'reminders', j], r, zone));
    });
  }

  // Session numbers: unique and 1..n without gaps.
  const numbers = sessionList.map((s) => (Number.isInteger(s.number) ? (s.number as number) : undefined));
  const dupes = reportDuplicates(
    ctx,
    numbers,
    (n) => n,
    (i) => ['sessions', i, 'number'],
    'duplicateSessionNumber',
  );
  const count = sessionList.length;
  numbers.forEach((n, i) => {
    if (n !== undefined && !dupes.has(i) && n > count) report(ctx, ['sessions', i, 'number'], 'sessionNumberGap', { number: n, count });
  });

  // Prompts: unique ids, and they follow a session that exists.
  reportDuplicates(
    ctx,
    promptList,
    (p) => str(p.id),
    (i) => ['prompts', i, 'id'],
  );
  const starts = new Map<number, string>();
  sessionList.forEach((s, i) => {
    const n = numbers[i];
    if (n !== undefined && isLocal(s.start) && !starts.has(n)) starts.set(n, s.start);
  });
  promptList.forEach((p, i) => {
    if (typeof p.afterSession !== 'number' || !Number.isInteger(p.afterSession)) return;
    if (!numbers.includes(p.afterSession)) return report(ctx, ['prompts', i, 'afterSession'], 'unknownSession', { number: p.afterSession });
    const sessionStart = starts.get(p.afterSession);
    if (sessionStart !== undefined && isLocal(p.sendAt) && p.sendAt < sessionStart) {
      report(ctx, ['prompts', i, 'sendAt'], 'sendBeforeSession', { number: p.afterSession, sessionStart });
    }
  });

  // Roster: known departments, one row per e-mail.
  const departments = new Set(arr(rec(programme).departments).map((d) => str(rec(d).id)));
  const rows = arr(roster).map(rec);
  rows.forEach((row, i) => {
    const department = str(row.department);
    if (department !== undefined && ID_PATTERN.test(department) && !departments.has(department)) {
      report(ctx, ['roster', i, 'department'], 'unknownDepartment', { department });
    }
  });
  reportDuplicates(
    ctx,
    rows,
    (row) => (typeof row.email === 'string' ? normalizeEmail(row.email) : undefined),
    (i) => ['roster', i, 'email'],
    'duplicateEmail',
  );
}

function reportNonexistent(ctx: Ctx, path: IssuePath, value: unknown, zone: string): void {
  if (!isLocal(value)) return;
  // In a spring-forward gap luxon moves the time on; the wall time then differs.
  const actual = localToInstant(value, zone).toFormat("yyyy-MM-dd'T'HH:mm");
  if (actual !== value) report(ctx, path, 'nonexistentLocalTime', { value, zone });
}

/** Reports every repeat of a key (not the first); returns the indexes reported. */
function reportDuplicates<T>(
  ctx: Ctx,
  items: readonly T[],
  keyOf: (item: T) => string | number | undefined,
  pathOf: (index: number) => IssuePath,
  code: IssueCode = 'duplicateId',
): Set<number> {
  const first = new Map<string | number, number>();
  const reported = new Set<number>();
  items.forEach((item, i) => {
    const key = keyOf(item);
    if (key === undefined) return;
    const firstIndex = first.get(key);
    if (firstIndex === undefined) first.set(key, i);
    else {
      // `firstIndex` becomes a full `firstPath` in toValidationIssues (here the path is relative).
      report(ctx, pathOf(i), code, { value: key, firstIndex });
      reported.add(i);
    }
  });
  return reported;
}

// ---------------------------------------------------------------------------
// From zod issues to ours

/** `['sessions', 1, 'agenda', 0, 'durationMinutes']` → `sessions[1].agenda[0].durationMinutes`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, seg) => (typeof seg === 'number' ? `${out}[${seg}]` : out ? `${out}.${String(seg)}` : String(seg)), '');
}

/** Maps zod's issues to `{ path, code, params }`. Parse with `{ reportInput: true }` so "missing" and "wrong type" differ. */
export function toValidationIssues(issues: readonly z.core.$ZodIssue[], basePath: IssuePath = []): ValidationIssue[] {
  return issues.flatMap((issue) => {
    const path = [...basePath, ...(issue.path as (string | number)[])];
    return mapIssue(issue).map(({ code, params, key }) => ({
      path: key === undefined ? path : [...path, key],
      code,
      params: withFirstPath(path, params),
    }));
  });
}

/** Turns a duplicate's `firstIndex` into the full path of the first occurrence. */
function withFirstPath(path: IssuePath, params: IssueParams): IssueParams {
  const { firstIndex, ...rest } = params;
  if (typeof firstIndex !== 'number') return params;
  const at = path.reduce<number>((last, seg, i) => (typeof seg === 'number' ? i : last), -1);
  const firstPath = path.map((seg, i) => (i === at ? firstIndex : seg));
  return { ...rest, firstPath: formatIssuePath(firstPath) };
}

function mapIssue(issue: z.core.$ZodIssue): { code: IssueCode; params: IssueParams; key?: string }[] {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return [{ code: 'required', params: {} }];
      if (issue.expected === 'int' && typeof issue.input === 'number') return [{ code: 'notInteger', params: {} }];
      return [{ code: 'wrongType', params: { expected: issue.expected, received: describeType(issue.input) } }];
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return [{ code: min <= 1 ? 'empty' : 'tooShort', params: { min } }];
      if (issue.origin === 'array') return [{ code: 'tooFew', params: { min } }];
      return [{ code: 'tooSmall', params: { min } }];
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return [{ code: 'tooLong', params: { max } }];
      if (issue.origin === 'array') return [{ code: 'tooMany', params: { max } }];
      return [{ code: 'tooLarge', params: { max } }];
    }
    case 'invalid_value':
      return [{ code: 'invalidOption', params: { options: issue.values.map(String).join(', ') } }];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ code: 'unknownField', params: { field: key }, key }));
    case 'invalid_format':
      return [{ code: issue.format === 'email' ? 'invalidEmail' : 'invalid', params: {} }];
    case 'custom': {
      const { code, ...params } = (issue.params ?? {}) as { code?: IssueCode } & IssueParams;
      return [{ code: code && (ISSUE_CODES as readonly string[]).includes(code) ? code : 'invalid', params }];
    }
    default:
      return [{ code: 'invalid', params: {} }];
  }
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Parses or throws `AppError('VALIDATION_FAILED')` with `details.issues: ValidationIssue[]`. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  const issues = toValidationIssues(result.error.issues);
  throw new AppError(
    'VALIDATION_FAILED',
    `${issues.length} validation issue(s): ${issues.map((i) => `${formatIssuePath(i.path)} ${i.code}`).join('; ')}`,
    {
      details: { issues },
    },
  );
}

// ---------------------------------------------------------------------------
// Small helpers for defensive checks

function rec(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
function isLocal(value: unknown): value is string {
  return typeof value === 'string' && isLocalDateTime(value);
}
function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}
function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

// The schemas' output must stay assignable to the model.
const _programmeFits = (p: z.output<typeof programmeSchema>): Programme => p;
const _sessionFits = (s: z.output<typeof sessionSchema>): Session => s;
const _promptFits = (p: z.output<typeof promptSchema>): Prompt => p;
const _roleFits = (r: RosterRow['role']): Role => r;
