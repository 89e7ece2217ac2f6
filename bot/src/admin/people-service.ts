import type { AdminPeopleResponse, AdminRoleResponse } from '../api/admin-contract';
import { ROLES, type Enrolment, type Role } from '../domain/model';
import { AppError } from '../errors';
import type { AdminDeps, Caller } from './admin-deps';
import { AdminError } from './admin-errors';
import { removeEnrolment } from './enrolment-removal';
import { findEnrolment, parseEnrolmentKey, personView } from './people-keys';
import { auditRoleChanges, coordinatorRemains } from './role-audit';

export async function listPeople(deps: AdminDeps, programmeId: string): Promise<AdminPeopleResponse> {
  const enrolments = await deps.repos.enrolments.listByProgramme(programmeId);
  const people = enrolments.map(personView).sort((a, b) => a.displayName.localeCompare(b.displayName, 'sv'));
  return { people };
}

async function enrolmentOf(deps: AdminDeps, programmeId: string, key: string): Promise<{ enrolment: Enrolment; all: Enrolment[] }> {
  const parsed = parseEnrolmentKey(key);
  const all = await deps.repos.enrolments.listByProgramme(programmeId);
  const enrolment = parsed && findEnrolment(all, parsed);
  if (!enrolment) throw new AppError('NOT_FOUND', 'no such person in the programme');
  return { enrolment, all };
}

/** Changes one person's role (audited first); the programme keeps at least one coordinator. */
export async function changeRole(
  deps: AdminDeps,
  caller: Caller,
  programmeId: string,
  key: string,
  body: unknown,
): Promise<AdminRoleResponse> {
  const role = ((body ?? {}) as Record<string, unknown>).role;
  if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role))
    throw new AppError('VALIDATION_FAILED', 'role must be one of ROLES');
  const { enrolment, all } = await enrolmentOf(deps, programmeId, key);
  const previousRole = enrolment.role;
  const updated: Enrolment = { ...enrolment, role: role as Role };
  if (previousRole !== role) {
    if (!coordinatorRemains(all.map((e) => (e === enrolment ? updated : e)))) throw new AdminError('LAST_COORDINATOR');
    await auditRoleChanges(
      deps.repos.audit,
      caller.person,
      programmeId,
      [{ enrolment, from: previousRole, to: updated.role }],
      deps.clock(),
    );
    await deps.repos.enrolments.put(updated);
  }
  return { person: personView(updated), previousRole };
}

/** Removes a person from the programme (audited first); their answers stay (erasure is the GDPR route). */
export async function removePerson(deps: AdminDeps, caller: Caller, programmeId: string, key: string): Promise<void> {
  const { enrolment, all } = await enrolmentOf(deps, programmeId, key);
  if (!coordinatorRemains(all.filter((e) => e !== enrolment))) throw new AdminError('LAST_COORDINATOR');
  await auditRoleChanges(deps.repos.audit, caller.person, programmeId, [{ enrolment, from: enrolment.role }], deps.clock());
  await removeEnrolment(deps.repos, enrolment);
}
