import { LineCounter, parseDocument } from 'yaml';
import { isValidZone } from '../domain/time';
import { programmeBundleSchema, toValidationIssues, formatIssuePath, type ProgrammeBundle, type ValidationIssue } from '../domain/schemas';
import { looksRelative, resolveRelativeTime } from './relative-time';
import { locate, toPosition } from './source-map';

/**
 * Reads a programme file (YAML, or JSON, which YAML reads too) into a valid
 * programme bundle, or into every problem found, each with its value path
 * and its line and column in the file.
 */

export interface FileIssue extends ValidationIssue {
  line: number;
  column: number;
}

export type ParseResult = { ok: true; bundle: ProgrammeBundle } | { ok: false; issues: FileIssue[] };

export interface ParseOptions {
  /** The moment of import: relative times (`D+3 09:00`) count from its date in the programme's zone. */
  now: Date;
}

export function parseProgrammeFile(text: string, options: ParseOptions): ParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const issues = doc.errors.map((err): FileIssue => {
      const detail = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
      return { path: [], code: 'syntax', params: { detail }, ...toPosition(lineCounter, err.pos[0]) };
    });
    return { ok: false, issues: sortIssues(issues) };
  }

  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  const relativeIssues = resolveRelativeTimes(data, options.now);
  const parsed = programmeBundleSchema.safeParse(data, { reportInput: true });
  if (parsed.success && relativeIssues.length === 0) return { ok: true, bundle: parsed.data };

  // A bad relative time also fails the date-time format check; report it once.
  const relativePaths = new Set(relativeIssues.map((i) => formatIssuePath(i.path)));
  const schemaIssues = parsed.success
    ? []
    : toValidationIssues(parsed.error.issues).filter((i) => !relativePaths.has(formatIssuePath(i.path)));
  const issues = [...relativeIssues, ...schemaIssues].map((issue) => ({
    ...issue,
    ...locate(doc, lineCounter, issue.path, issue.code === 'unknownField'),
  }));
  return { ok: false, issues: sortIssues(issues) };
}

/** Replaces relative times in place with local date-times; returns issues for the malformed ones. */
function resolveRelativeTimes(data: unknown, now: Date): ValidationIssue[] {
  const root = asRecord(data);
  const declaredZone = asRecord(root.programme).timeZone;
  // With a bad zone (reported by the schema) resolve in UTC, so the rest can still be checked.
  const zone = typeof declaredZone === 'string' && isValidZone(declaredZone) ? declaredZone : 'UTC';
  const issues: ValidationIssue[] = [];
  const resolve = (holder: Record<string, unknown> | unknown[], key: string | number, path: (string | number)[]) => {
    const value = (holder as Record<string | number, unknown>)[key];
    if (!looksRelative(value)) return;
    const local = resolveRelativeTime(value, zone, now);
    if (local === undefined) issues.push({ path, code: 'invalidRelativeTime', params: { value } });
    else (holder as Record<string | number, unknown>)[key] = local;
  };
  asArray(root.sessions).forEach((s, i) => {
    const session = asRecord(s);
    for (const field of ['start', 'end']) resolve(session, field, ['sessions', i, field]);
  });
  asArray(root.prompts).forEach((p, i) => {
    const prompt = asRecord(p);
    for (const field of ['sendAt', 'dueAt']) resolve(prompt, field, ['prompts', i, field]);
    const reminders = asArray(prompt.reminders);
    reminders.forEach((_r, j) => resolve(reminders, j, ['prompts', i, 'reminders', j]));
  });
  return issues;
}

function sortIssues(issues: FileIssue[]): FileIssue[] {
  return issues.sort((a, b) => a.line - b.line || a.column - b.column);
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
