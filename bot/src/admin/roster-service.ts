import type { RosterApplyResponse, RosterFromTeamRequest, RosterPreviewRequest, RosterPreviewResponse } from '../api/admin-contract';
import type { SheetRow } from './sheet-rows';
import type { TeamMembersSource } from './team-members-source';
import { AppError } from '../errors';
import { t } from '../i18n';
import { syncRoster } from '../programme-file/sync-roster';
import type { AdminDeps, Caller } from './admin-deps';
import { AdminError } from './admin-errors';
import { csvOrXlsxRows } from './roster-file';
import { loadOrNotFound } from './programme-reads';
import { auditRoleChanges, coordinatorRemains } from './role-audit';
import { planRoster, roleChangesOf, type RosterPlan } from './roster-diff';
import { parseRosterRows } from './roster-rows';

async function plan(deps: AdminDeps, programmeId: string, body: unknown): Promise<RosterPlan> {
  const request = (body ?? {}) as Partial<RosterPreviewRequest>;
  if ((request.kind !== 'csv' && request.kind !== 'xlsx') || typeof request.content !== 'string') {
    throw new AppError('VALIDATION_FAILED', 'roster needs kind csv|xlsx and content');
  }
  const { programme } = await loadOrNotFound(deps, programmeId);
  const sheet = await csvOrXlsxRows(request.kind, request.content);
  const parsed = sheet
    ? parseRosterRows(sheet, programme.departments)
    : [
        {
          line: 1,
          seen: {},
          errors: [
            {
              column: 'row',
              code: 'unreadableFile',
              message: { sv: t('sv', 'admin.roster.unreadableFile'), en: t('en', 'admin.roster.unreadableFile') },
            },
          ],
        },
      ];
  return planRoster(programmeId, parsed, await deps.repos.enrolments.listByProgramme(programmeId));
}

async function planFromSheet(deps: AdminDeps, programmeId: string, sheet: readonly SheetRow[]): Promise<RosterPlan> {
  const { programme } = await loadOrNotFound(deps, programmeId);
  const parsed = parseRosterRows(sheet, programme.departments);
  return planRoster(programmeId, parsed, await deps.repos.enrolments.listByProgramme(programmeId));
}

/** What a roster file would change, row by row; writes nothing. */
export async function previewRoster(deps: AdminDeps, programmeId: string, body: unknown): Promise<RosterPreviewResponse> {
  const { rows, counts, token } = await plan(deps, programmeId, body);
  return { rows, counts, previewToken: token };
}

/**
 * Writes exactly what the preview with this token showed (new and changed
 * rows, by `syncRoster`), or nothing: a stale token (file or stored roster
 * changed) is ROSTER_PREVIEW_STALE, rows with errors ROSTER_HAS_ERRORS.
 * Role changes, and staff roles given to new people, are audited first.
 */
export async function applyRoster(deps: AdminDeps, caller: Caller, programmeId: string, body: unknown): Promise<RosterApplyResponse> {
  return applyPlan(deps, caller, programmeId, await plan(deps, programmeId, body), (body ?? {}) as Record<string, unknown>);
}

async function applyPlan(
  deps: AdminDeps,
  caller: Caller,
  programmeId: string,
  result: RosterPlan,
  request: Record<string, unknown>,
): Promise<RosterApplyResponse> {
  if (request.previewToken !== result.token) throw new AdminError('ROSTER_PREVIEW_STALE');
  if (result.counts.error > 0) throw new AdminError('ROSTER_HAS_ERRORS', { counts: result.counts });
  const stored = await deps.repos.enrolments.listByProgramme(programmeId);
  const roleByEmail = new Map(result.roleChanges.map((c) => [c.enrolment.email, c.to]));
  const after = [...stored.map((e) => ({ role: (e.email && roleByEmail.get(e.email)) || e.role })), ...result.writes];
  if (coordinatorRemains(stored) && !coordinatorRemains(after)) throw new AdminError('LAST_COORDINATOR');
  const changes = roleChangesOf(result, stored);
  const now = deps.clock();
  await auditRoleChanges(deps.repos.audit, caller.person, programmeId, changes, now);
  await syncRoster(deps.repos.enrolments, programmeId, result.writes, now);
  return { counts: result.counts, written: result.writes.length };
}

/**
 * Enrols the members of a Teams team the bot is in, as roster rows of one
 * department and role (matched to their person on e-mail/UPN like any
 * roster row). Without `previewToken`: the preview; with it: the apply, as
 * for a file. The connector is reached at the serviceUrl of the caller's own
 * stored conversation with the bot.
 */
export async function rosterFromTeam(
  deps: AdminDeps,
  source: TeamMembersSource,
  caller: Caller,
  programmeId: string,
  body: unknown,
): Promise<RosterPreviewResponse | RosterApplyResponse> {
  const request = (body ?? {}) as Partial<RosterFromTeamRequest> & { previewToken?: string };
  if (
    typeof request.teamId !== 'string' ||
    request.teamId.length === 0 ||
    request.teamId.length > 200 ||
    typeof request.department !== 'string'
  ) {
    throw new AppError('VALIDATION_FAILED', 'from-team needs teamId and department');
  }
  const conversation = await deps.repos.conversations.get(caller.person);
  if (!conversation) throw new AppError('NOT_FOUND', 'no conversation with the bot to find the connector by');
  const members = await source.listMembers({
    teamId: request.teamId,
    serviceUrl: conversation.serviceUrl,
    tenantId: caller.person.tenantId,
  });
  const role = request.role ?? 'participant';
  const sheet: SheetRow[] = [
    { line: 1, cells: ['email', 'name', 'department', 'role'] },
    ...members.map((m, i) => ({ line: i + 2, cells: [m.email ?? '', m.name, request.department!, role] })),
  ];
  const result = await planFromSheet(deps, programmeId, sheet);
  if (request.previewToken === undefined) return { rows: result.rows, counts: result.counts, previewToken: result.token };
  return applyPlan(deps, caller, programmeId, result, request);
}
