import type { Ctx, IssueCode, IssuePath } from './issues';
import { report } from './issues';
import { isLocalDateTime } from '../time';

// ---------------------------------------------------------------------------
// Small helpers for defensive checks

export function rec(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
export function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
export function isLocal(value: unknown): value is string {
  return typeof value === 'string' && isLocalDateTime(value);
}
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}
export function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Reports every repeat of a key (not the first); returns the indexes reported. */
export function reportDuplicates<T>(
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
