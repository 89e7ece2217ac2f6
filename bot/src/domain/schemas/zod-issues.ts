import { z } from 'zod';
import { AppError } from '../../errors';
import { ISSUE_CODES, IssueCode, IssuePath, IssueParams, ValidationIssue } from './issues';

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
export function withFirstPath(path: IssuePath, params: IssueParams): IssueParams {
  const { firstIndex, ...rest } = params;
  if (typeof firstIndex !== 'number') return params;
  const at = path.reduce<number>((last, seg, i) => (typeof seg === 'number' ? i : last), -1);
  const firstPath = path.map((seg, i) => (i === at ? firstIndex : seg));
  return { ...rest, firstPath: formatIssuePath(firstPath) };
}

export function mapIssue(issue: z.core.$ZodIssue): { code: IssueCode; params: IssueParams; key?: string }[] {
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

export function describeType(value: unknown): string {
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
