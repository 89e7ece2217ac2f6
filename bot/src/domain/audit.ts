/**
 * One row of the append-only audit log: who did what to which target, when.
 * Never content (no answers, no names): `actor` is a person key
 * (`tenant|oid`) or a pseudonym, `target` an id or a short description of a
 * filter or a file.
 */
export const AUDIT_ACTIONS = [
  'responses.read',
  'shared.read',
  'export.responses',
  'export.participation',
  'person.export',
  'person.erase',
  'role.change',
  'meeting.bind',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  /** UTC ISO instant. */
  at: string;
  actor: string;
  action: AuditAction;
  /** The programme it concerns, if any. */
  programmeId?: string;
  target?: string;
}

/** A stored entry, with the id the log gave it (sortable newest first within a month). */
export interface StoredAuditEntry extends AuditEntry {
  id: string;
}
