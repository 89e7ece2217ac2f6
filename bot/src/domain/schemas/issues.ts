import { z } from 'zod';

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
export const TIME_OF_DAY_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

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

export const CHOICE_TYPES: readonly string[] = ['singleChoice', 'multiChoice'];
export const TEXT_TYPES: readonly string[] = ['longText', 'shortText'];
/** Cross-field checks run even when other fields failed, so all errors show at once. */
export const always = { when: () => true };

export type Ctx = z.RefinementCtx;

export function report(ctx: Ctx, path: IssuePath, code: IssueCode, params: IssueParams = {}): void {
  ctx.addIssue({ code: 'custom', message: code, path, params: { code, ...params } });
}

export function withCode(code: IssueCode, params: IssueParams = {}) {
  return { params: { code, ...params } };
}
