import { isPersonRef, personKey, type PersonRef } from '../domain/identity';
import type { Enrolment } from '../domain/model';
import { AppError } from '../errors';
import type { Repositories } from '../storage/repositories';
import { personRowKey } from '../storage/repositories/enrolment-rows';
import type { AuthenticatedRequest } from './authenticated-route';
import { requireAccess } from './programme-access';
import { pathParam } from './request-helpers';

/** The person a coordinator route names: `:tenantId/:objectId`. Anything that is not a person id is 404. */
export function personParam(req: AuthenticatedRequest): PersonRef {
  const person = { tenantId: pathParam(req, 'tenantId'), objectId: pathParam(req, 'objectId') };
  if (!isPersonRef(person)) throw new AppError('NOT_FOUND', 'no such person');
  return person;
}

/**
 * The caller must coordinate the programme (read fresh from their own
 * enrolments), and the named person must be enrolled in it; a person
 * outside the programme is 404, so a coordinator learns nothing about
 * people in other programmes. Returns the caller's enrolments.
 */
export async function requireCoordinatorOfPerson(
  repos: Pick<Repositories, 'enrolments' | 'tables'>,
  caller: PersonRef,
  programmeId: string,
  person: PersonRef,
): Promise<Enrolment[]> {
  const { role } = await requireAccess(repos.enrolments, caller, programmeId, 'export');
  if (role !== 'coordinator') throw new AppError('FORBIDDEN', `${role} may not handle personal data in ${programmeId}`);
  const enrolled = await repos.tables.enrolments.getEntity(programmeId, personRowKey(person));
  if (!enrolled) throw new AppError('NOT_FOUND', `person ${personKey(person)} is not enrolled in ${programmeId}`);
  return repos.enrolments.listByPerson(caller);
}
