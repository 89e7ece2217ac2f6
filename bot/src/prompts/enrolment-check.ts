import { personKey, type PersonRef } from '../domain/identity';
import type { EnrolmentRepository } from '../storage/repositories';

/** Is this person enrolled in this programme? */
export interface EnrolmentCheck {
  isEnrolled(person: PersonRef, programmeId: string): Promise<boolean>;
}

/** Straight from storage: the person's enrolments (index partition + rows). */
export function directEnrolmentCheck(enrolments: Pick<EnrolmentRepository, 'listByPerson'>): EnrolmentCheck {
  return {
    async isEnrolled(person, programmeId) {
      return (await enrolments.listByPerson(person)).some((e) => e.programmeId === programmeId);
    },
  };
}

export interface RosterCacheOptions {
  /** How long a programme's roster is trusted; a removal takes effect after at most this long (plus one reload). */
  ttlMs?: number;
  nowMs?: () => number;
}

/**
 * A short-lived per-programme set of enrolled people, for bursts of answers
 * (a whole cohort answering after a session): one partition scan per
 * programme and period instead of two reads per answer. Someone not (yet)
 * in the set is checked in storage, so a fresh enrolment counts at once. An
 * expired set is still used while it reloads in the background.
 */
export function cachedEnrolmentCheck(
  enrolments: Pick<EnrolmentRepository, 'listByPerson' | 'listByProgramme'>,
  options: RosterCacheOptions = {},
): EnrolmentCheck {
  const ttlMs = options.ttlMs ?? 10_000;
  const nowMs = options.nowMs ?? (() => performance.now());
  const direct = directEnrolmentCheck(enrolments);
  const rosters = new Map<string, { at: number; people?: Set<string>; loading?: Promise<void> }>();

  const reload = (programmeId: string) => {
    const entry = rosters.get(programmeId) ?? { at: -Infinity };
    rosters.set(programmeId, entry);
    if (entry.loading) return;
    entry.loading = enrolments
      .listByProgramme(programmeId)
      .then((list) => {
        entry.people = new Set(list.flatMap((e) => (e.person ? [personKey(e.person)] : [])));
        entry.at = nowMs();
      })
      .catch(() => undefined)
      .finally(() => {
        entry.loading = undefined;
      });
  };

  return {
    async isEnrolled(person, programmeId) {
      const entry = rosters.get(programmeId);
      if (!entry || nowMs() - entry.at >= ttlMs) reload(programmeId);
      if (entry?.people?.has(personKey(person))) return true;
      return direct.isEnrolled(person, programmeId);
    },
  };
}
