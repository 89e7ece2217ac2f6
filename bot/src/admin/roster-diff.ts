import { createHash } from 'node:crypto';
import type { RosterCounts, RosterRowResult } from '../api/admin-contract';
import { normalizeEmail } from '../domain/identity';
import type { Enrolment } from '../domain/model';
import type { RosterRow } from '../domain/schemas';
import { sameData } from '../programme-file/change-counts';
import { canonicalJson } from './programme-document';
import type { ParsedRosterRow } from './roster-rows';
import type { RoleChange } from './role-audit';

export interface RosterPlan {
  rows: RosterRowResult[];
  counts: RosterCounts;
  /** The rows to hand to `syncRoster`: the new and changed ones, in file order. */
  writes: RosterRow[];
  /** Role changes of people already enrolled (audited on apply). */
  roleChanges: { enrolment: Enrolment; to: RosterRow['role'] }[];
  token: string;
}

const FIELDS = [
  ['role', 'role'],
  ['displayName', 'name'],
  ['department', 'department'],
  ['language', 'language'],
] as const;

/**
 * What a roster file would change, row by row, compared with the stored
 * enrolments matched on e-mail, by exactly the merge `syncRoster` does
 * (role, name, department and language follow the file). Pure. The token is
 * a hash of the results and of the stored enrolments it compared with, so an
 * apply with it writes exactly what was previewed.
 */
export function planRoster(programmeId: string, parsed: readonly ParsedRosterRow[], stored: readonly Enrolment[]): RosterPlan {
  const byEmail = new Map<string, Enrolment>();
  for (const e of stored) if (e.email) byEmail.set(normalizeEmail(e.email), e);
  const counts: RosterCounts = { new: 0, changed: 0, unchanged: 0, error: 0, notInFile: 0 };
  const writes: RosterRow[] = [];
  const roleChanges: RosterPlan['roleChanges'] = [];
  const listed = new Set<string>();

  const rows = parsed.map((p): RosterRowResult => {
    const shown = withoutUndefined({ row: p.line, ...p.seen });
    if (p.seen.email) listed.add(p.seen.email);
    if (!p.row) {
      counts.error++;
      return { ...shown, status: 'error', errors: p.errors };
    }
    const row = p.row;
    const before = byEmail.get(row.email);
    if (!before) {
      counts.new++;
      writes.push(row);
      return { ...shown, status: 'new' };
    }
    const { language: _old, ...rest } = before;
    const merged: Enrolment = {
      ...rest,
      role: row.role,
      displayName: row.name,
      email: row.email,
      department: row.department,
      ...(row.language ? { language: row.language } : {}),
    };
    if (sameData(before, merged)) {
      counts.unchanged++;
      return { ...shown, status: 'unchanged' };
    }
    counts.changed++;
    writes.push(row);
    const changes = FIELDS.filter(([field]) => before[field] !== merged[field]).map(([, column]) => column);
    if (before.role !== row.role) roleChanges.push({ enrolment: before, to: row.role });
    return { ...shown, status: 'changed', changes, ...(before.role !== row.role ? { previousRole: before.role } : {}) };
  });
  counts.notInFile = stored.filter((e) => e.source === 'roster' && e.email && !listed.has(normalizeEmail(e.email))).length;
  const storedSeen = [...byEmail.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, e]) => ({ ...e, version: undefined }));
  const token = createHash('sha256').update(canonicalJson({ programmeId, rows, storedSeen })).digest('base64url').slice(0, 32);
  return { rows, counts, writes, roleChanges, token };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The role changes a plan makes: changed roles of people enrolled, and staff roles given to new people (both audited). */
export function roleChangesOf(plan: Pick<RosterPlan, 'roleChanges' | 'writes'>, stored: readonly Enrolment[]): RoleChange[] {
  const emails = new Set(stored.flatMap((e) => (e.email ? [normalizeEmail(e.email)] : [])));
  return [
    ...plan.roleChanges.map((c) => ({ enrolment: c.enrolment, from: c.enrolment.role, to: c.to })),
    ...plan.writes
      .filter((row) => !emails.has(row.email) && row.role !== 'participant')
      .map((row) => ({ enrolment: { email: row.email }, to: row.role })),
  ];
}
