import { z } from 'zod';
import { TIME_OF_DAY_PATTERN, LIMITS, always, Ctx, report } from './issues';
import { idSchema, localDateTimeSchema, timeOfDaySchema, httpsUrlSchema, text, localizedTextSchema } from './building-blocks';
import { rec, arr, isLocal, minutesOf, hhmm } from './checks';
import { livePromptsSchema } from './live';

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

export const sessionFields = {
  number: z.int().min(1),
  title: localizedTextSchema(),
  start: localDateTimeSchema,
  end: localDateTimeSchema,
  joinUrl: httpsUrlSchema.optional(),
  materials: z.array(materialSchema).max(LIMITS.materials).default([]),
  agenda: z.array(agendaItemSchema).max(LIMITS.agendaItems).default([]),
  livePrompts: livePromptsSchema,
};

export function checkSession(s: unknown, ctx: Ctx): void {
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
