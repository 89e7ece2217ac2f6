import { normalizeEmail } from '../domain/identity';
import type { Enrolment } from '../domain/model';
import { rosterRowToEnrolment, type RosterRow } from '../domain/schemas';
import type { EnrolmentRepository } from '../storage/repositories';
import { sameData, type ChangeCounts } from './change-counts';

/** Roster enrolments are never removed by an import: people may have matched and answered. */
export interface RosterChanges extends ChangeCounts {
  /** Stored roster enrolments the file no longer lists; left as they are. */
  notInFile: number;
}

/**
 * Upserts the roster's enrolments, matched on e-mail. An existing enrolment
 * keeps its person, source and enrolment time; only role, name and
 * department follow the file. Rows the file no longer lists stay.
 */
export async function syncRoster(
  enrolments: EnrolmentRepository,
  programmeId: string,
  roster: readonly RosterRow[],
  now: Date,
): Promise<RosterChanges> {
  const stored = await enrolments.listByProgramme(programmeId);
  const byEmail = new Map<string, Enrolment>();
  for (const e of stored) if (e.email) byEmail.set(normalizeEmail(e.email), e);

  const counts: RosterChanges = { created: 0, updated: 0, unchanged: 0, notInFile: 0 };
  const listed = new Set<string>();
  for (const row of roster) {
    listed.add(row.email);
    const fresh = rosterRowToEnrolment(programmeId, row, now.toISOString());
    const before = byEmail.get(row.email);
    if (!before) {
      await enrolments.put(fresh);
      counts.created++;
      continue;
    }
    const { language: _oldLanguage, ...rest } = before;
    const merged: Enrolment = {
      ...rest,
      role: fresh.role,
      displayName: fresh.displayName,
      email: fresh.email,
      department: fresh.department,
      ...(fresh.language ? { language: fresh.language } : {}),
    };
    if (sameData(before, merged)) counts.unchanged++;
    else {
      await enrolments.put(merged);
      counts.updated++;
    }
  }
  counts.notInFile = stored.filter((e) => e.source === 'roster' && e.email && !listed.has(normalizeEmail(e.email))).length;
  return counts;
}
