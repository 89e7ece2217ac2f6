import { roleIn } from '../auth/access';
import { personKey, type PersonRef } from '../domain/identity';
import type { Enrolment } from '../domain/model';
import { AppError } from '../errors';
import type { EnrolmentRepository } from '../storage/repositories';

/**
 * Who may administer programmes. Pure rules over the caller's own
 * enrolments (read fresh on every request, keyed by the token's person):
 * - a programme's editor and roster: its coordinators only;
 * - creating a programme (new, copy, import of a new id): a coordinator of
 *   any programme, or a person on the configured admin list (`tenant|oid`
 *   keys), so the first programme can come from the tab too.
 */
export interface AdminPolicy {
  /** Person keys (`personKey`) allowed to create programmes without coordinating one. */
  creators: readonly string[];
}

export function coordinates(mine: readonly Enrolment[], programmeId: string): boolean {
  return roleIn(mine, programmeId) === 'coordinator';
}

export function mayCreateProgrammes(mine: readonly Enrolment[], person: PersonRef, policy: AdminPolicy): boolean {
  return mine.some((e) => e.role === 'coordinator') || policy.creators.includes(personKey(person));
}

/** The caller's enrolments if they coordinate the programme; FORBIDDEN otherwise (before the programme is read). */
export async function requireCoordinator(
  enrolments: Pick<EnrolmentRepository, 'listByPerson'>,
  person: PersonRef,
  programmeId: string,
): Promise<Enrolment> {
  const mine = await enrolments.listByPerson(person);
  if (!coordinates(mine, programmeId)) throw new AppError('FORBIDDEN', `not a coordinator of ${programmeId}`);
  return mine.find((e) => e.programmeId === programmeId)!;
}

/** The caller's enrolments if they may create programmes; FORBIDDEN otherwise. */
export async function requireCreator(
  enrolments: Pick<EnrolmentRepository, 'listByPerson'>,
  person: PersonRef,
  policy: AdminPolicy,
): Promise<Enrolment[]> {
  const mine = await enrolments.listByPerson(person);
  if (!mayCreateProgrammes(mine, person, policy)) throw new AppError('FORBIDDEN', 'may not create programmes');
  return mine;
}
