import type { AuditAction } from '../domain/audit';
import { personKey, type PersonRef } from '../domain/identity';
import type { AuditRepository } from '../storage/repositories';

/**
 * Records an audited read or export before its data is returned: if the
 * audit row cannot be written, the request fails and nothing is shown.
 */
export async function recordAudit(
  audit: AuditRepository,
  entry: { person: PersonRef; action: AuditAction; programmeId: string; target?: string; now: Date },
): Promise<void> {
  await audit.append({
    at: entry.now.toISOString(),
    actor: personKey(entry.person),
    action: entry.action,
    programmeId: entry.programmeId,
    target: entry.target,
  });
}
