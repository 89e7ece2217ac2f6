import { recordAudit } from '../api/audit-log';
import type { PersonRef } from '../domain/identity';
import type { Enrolment, Role } from '../domain/model';
import type { AuditRepository } from '../storage/repositories';
import { auditTargetOf } from './people-keys';

/** One role change: `from` undefined for a new enrolment, `to` undefined for a removal. */
export interface RoleChange {
  enrolment: Pick<Enrolment, 'person' | 'email'>;
  from?: Role;
  to?: Role;
}

/**
 * Writes one `role.change` audit row per change, before the change itself is
 * written (if the log cannot be written, nothing changes). The target is
 * `<person> <from>→<to>`: ids or an e-mail hash, never a name.
 */
export async function auditRoleChanges(
  audit: AuditRepository,
  actor: PersonRef,
  programmeId: string,
  changes: readonly RoleChange[],
  now: Date,
): Promise<void> {
  for (const change of changes) {
    const target = `${auditTargetOf(change.enrolment)} ${change.from ?? 'new'}→${change.to ?? 'removed'}`;
    await recordAudit(audit, { person: actor, action: 'role.change', programmeId, target, now });
  }
}

/** A programme keeps at least one coordinator; LAST_COORDINATOR otherwise. */
export function coordinatorRemains(enrolments: readonly Pick<Enrolment, 'role'>[]): boolean {
  return enrolments.some((e) => e.role === 'coordinator');
}
