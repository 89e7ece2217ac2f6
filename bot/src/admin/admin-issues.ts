import type { AdminFileIssue, AdminIssue } from '../api/admin-contract';
import { formatIssuePath, type ValidationIssue } from '../domain/schemas';
import { describeIssue } from '../programme-file/describe-issue';
import type { FileIssue } from '../programme-file/parse-programme-file';

/** A validation issue for the tab: its path as text and its message in both languages. */
export function toAdminIssue(issue: ValidationIssue): AdminIssue {
  return {
    path: formatIssuePath(issue.path),
    code: issue.code,
    params: issue.params,
    message: { sv: describeIssue(issue, 'sv'), en: describeIssue(issue, 'en') },
  };
}

/** The same, with the line and column in the file (as the CLI prints them). */
export function toAdminFileIssue(issue: FileIssue): AdminFileIssue {
  return { ...toAdminIssue(issue), line: issue.line, column: issue.column };
}
