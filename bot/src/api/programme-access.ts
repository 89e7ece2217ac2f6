import type { PersonRef } from '../domain/identity';
import type { Enrolment, Role } from '../domain/model';
import { authorize, type ProgrammeAction } from '../auth/access';
import type { EnrolmentRepository } from '../storage/repositories';

export interface Access {
  role: Role;
  /** The caller's own enrolment in the programme. */
  enrolment: Enrolment;
}

/**
 * The caller's role in the programme, read fresh from their own enrolments
 * on every request, if it allows `action`; FORBIDDEN otherwise. Checked
 * before the programme is read, so a stranger learns nothing about it.
 */
export async function requireAccess(
  enrolments: Pick<EnrolmentRepository, 'listByPerson'>,
  person: PersonRef,
  programmeId: string,
  action: ProgrammeAction,
): Promise<Access> {
  const mine = await enrolments.listByPerson(person);
  const role = authorize(mine, programmeId, action);
  return { role, enrolment: mine.find((e) => e.programmeId === programmeId)! };
}
