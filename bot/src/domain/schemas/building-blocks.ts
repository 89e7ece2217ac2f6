import { z } from 'zod';
import { normalizeEmail } from '../identity';
import { isLocalDateTime, isValidZone } from '../time';
import { ID_PATTERN, JOIN_CODE_PATTERN, TIME_OF_DAY_PATTERN, LIMITS, report, withCode } from './issues';

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

export function text(max: number) {
  return z.string().trim().min(1).max(max);
}

export function localizedTextSchema(max: number = LIMITS.titleLength) {
  return z.strictObject({ sv: text(max), en: text(max) });
}

export const emailSchema = z.string().trim().transform(normalizeEmail).pipe(z.email());
