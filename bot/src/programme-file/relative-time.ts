import { DateTime } from 'luxon';

/**
 * Relative times in programme files: `D-3 09:00`, `D 13:00`, `D+11 13:30`.
 * D is the import day, the calendar date of `now` in the programme's zone.
 * The result is a local wall-clock time `yyyy-MM-ddTHH:mm`; days are added
 * as calendar days, so the wall time stays the same across a DST change.
 */

const RELATIVE = /^D(?:([+-])(\d{1,3}))?\s+([01]\d|2[0-3]):([0-5]\d)$/;

/** True when a value is meant to be relative (starts with `D`), valid or not. */
export function looksRelative(value: unknown): value is string {
  return typeof value === 'string' && /^D\b/.test(value.trim());
}

export function isRelativeTime(value: string): boolean {
  return RELATIVE.test(value.trim());
}

/** Resolves `D±n HH:mm` against `now` in `zone`; undefined if the value is not a valid relative time. */
export function resolveRelativeTime(value: string, zone: string, now: Date): string | undefined {
  const match = RELATIVE.exec(value.trim());
  if (!match) return undefined;
  const [, sign, digits, hour, minute] = match;
  const days = digits === undefined ? 0 : Number(digits) * (sign === '-' ? -1 : 1);
  // Noon keeps clear of zones whose DST change happens at midnight.
  const day = DateTime.fromJSDate(now, { zone }).set({ hour: 12, minute: 0 }).plus({ days });
  return `${day.toISODate()}T${hour}:${minute}`;
}
