import type { AdminIssue } from '../api/admin-contract';
import type { Programme } from '../domain/model';
import { t } from '../i18n';
import type { AdminDeps } from './admin-deps';
import { AdminError } from './admin-errors';
import { toAdminIssue } from './admin-issues';
import { uniqueJoinCode } from './join-code';
import { fromDocument, type StoredProgramme } from './programme-document';

/** Validates a whole document, or throws VALIDATION_FAILED with every issue. */
export function validated(document: unknown): StoredProgramme {
  const result = fromDocument(document);
  if (!result.ok) throw new AdminError('VALIDATION_FAILED', { issues: result.issues.map(toAdminIssue) });
  return result.value;
}

export function adminIssue(path: string, code: string, params: Record<string, string | number> = {}): AdminIssue {
  return { path, code, params, message: { sv: t('sv', `admin.issue.${code}`, params), en: t('en', `admin.issue.${code}`, params) } };
}

export async function assertJoinCodeFree(deps: AdminDeps, programme: Programme): Promise<void> {
  const holder = await deps.repos.programmes.findByJoinCode(programme.joinCode);
  if (holder && holder.id !== programme.id) {
    throw new AdminError('VALIDATION_FAILED', {
      issues: [adminIssue('programme.joinCode', 'joinCodeTaken', { value: programme.joinCode })],
    });
  }
}

export async function assertNew(deps: AdminDeps, programmeId: string): Promise<void> {
  if (await deps.repos.programmes.get(programmeId)) throw new AdminError('STORAGE_ALREADY_EXISTS');
}

export function freshJoinCode(deps: AdminDeps): Promise<string> {
  return uniqueJoinCode(async (code) => (await deps.repos.programmes.findByJoinCode(code)) !== undefined);
}
