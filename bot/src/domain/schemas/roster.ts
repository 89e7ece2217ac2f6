import { z } from 'zod';
import { LOCALES } from '../locale';
import type { Enrolment } from '../model';
import { ROLES } from '../model';
import { LIMITS } from './issues';
import { idSchema, text, emailSchema } from './building-blocks';

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
