import { z } from 'zod';
import { normalizeEmail } from '../identity';
import { isValidZone, localToInstant } from '../time';
import { IssuePath, ID_PATTERN, always, Ctx, report } from './issues';
import { programmeSchema } from './programme';
import { sessionInputSchema } from './session';
import { promptInputSchema } from './prompt';
import { rosterRowSchema } from './roster';
import { rec, arr, str, isLocal, reportDuplicates } from './checks';

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

export function checkBundle(bundle: unknown, ctx: Ctx): void {
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

export function reportNonexistent(ctx: Ctx, path: IssuePath, value: unknown, zone: string): void {
  if (!isLocal(value)) return;
  // In a spring-forward gap luxon moves the time on; the wall time then differs.
  const actual = localToInstant(value, zone).toFormat("yyyy-MM-dd'T'HH:mm");
  if (actual !== value) report(ctx, path, 'nonexistentLocalTime', { value, zone });
}
