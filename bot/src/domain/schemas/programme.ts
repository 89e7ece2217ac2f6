import { z } from 'zod';
import { LOCALES } from '../locale';
import { LIMITS, always } from './issues';
import { idSchema, joinCodeSchema, timeZoneSchema, localizedTextSchema } from './building-blocks';
import { rec, arr, str, reportDuplicates } from './checks';

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
