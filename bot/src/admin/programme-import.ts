import type { AdminImportRequest, AdminImportResponse } from '../api/admin-contract';
import { importProgramme } from '../programme-file/import-programme';
import { parseProgrammeFile } from '../programme-file/parse-programme-file';
import { coordinates, mayCreateProgrammes } from './admin-access';
import type { AdminDeps, Caller } from './admin-deps';
import { AdminError } from './admin-errors';
import { toAdminFileIssue } from './admin-issues';
import { AppError } from '../errors';
import { assertJoinCodeFree } from './programme-checks';
import { enrolCreator } from './programme-create';
import { checkSentPrompts, discardAll } from './programme-update';
import { auditRoleChanges } from './role-audit';
import { planRoster, roleChangesOf } from './roster-diff';

/**
 * Imports a programme file from the tab exactly as the CLI does
 * (`importProgramme`): everything is validated first and nothing is written
 * if anything is wrong; the issues carry path, line and column.
 */
export async function importProgrammeFile(deps: AdminDeps, caller: Caller, body: AdminImportRequest): Promise<AdminImportResponse> {
  const request = (body ?? {}) as Partial<AdminImportRequest>;
  if (typeof request.text !== 'string') throw new AppError('VALIDATION_FAILED', 'import needs the file text');
  const fileName = typeof request.fileName === 'string' && request.fileName.length <= 200 ? request.fileName : 'programme.yaml';
  const now = deps.clock();
  const parsed = parseProgrammeFile(request.text, { now });
  if (!parsed.ok) throw new AdminError('PROGRAMME_FILE_INVALID', { issues: parsed.issues.map(toAdminFileIssue) });

  const programmeId = parsed.bundle.programme.id;
  const stored = await deps.repos.programmes.load(programmeId);
  const allowed = stored ? coordinates(caller.mine, programmeId) : mayCreateProgrammes(caller.mine, caller.person, deps.policy);
  if (!allowed) throw new AppError('FORBIDDEN', `may not import ${programmeId}`);
  const next = {
    programme: parsed.bundle.programme,
    sessions: parsed.bundle.sessions.map((s) => ({ programmeId, ...s })),
    prompts: parsed.bundle.prompts.map((p) => ({ programmeId, ...p })),
  };
  const discard = await checkSentPrompts(deps, stored, next, request.answersPolicy);
  await assertJoinCodeFree(deps, next.programme);

  // Roles the file's roster gives or changes are audited before anything is written.
  const enrolled = await deps.repos.enrolments.listByProgramme(programmeId);
  const rows = parsed.bundle.roster.map((row, i) => ({ line: i + 1, seen: {}, row, errors: [] }));
  const changes = roleChangesOf(planRoster(programmeId, rows, enrolled), enrolled);
  await auditRoleChanges(deps.repos.audit, caller.person, programmeId, changes, now);
  const report = await importProgramme(deps.repos, request.text, { now, fileName });
  if (!stored) await enrolCreator(deps, caller, programmeId);
  const discardedAnswers = await discardAll(deps, programmeId, discard);
  return {
    programmeId,
    programme: report.programme,
    sessions: report.sessions,
    prompts: report.prompts,
    enrolments: report.enrolments,
    discardedAnswers,
  };
}
