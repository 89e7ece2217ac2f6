import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { AdminIssueLike } from '../../api/admin-types';
import { useI18n } from '../../i18n/i18n-context';

/** The server's validation problems, each with where it is (path, and line for a file). */
export function IssueList({ title, issues }: { title: string; issues: AdminIssueLike[] }) {
  const { t, l } = useI18n();
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <ul data-testid="issue-list" style={{ margin: 0, paddingLeft: '1.25em' }}>
          {issues.map((issue, i) => (
            <li key={i}>
              {issue.line !== undefined && `${t('admin.issue.line', { line: issue.line, column: issue.column ?? 1 })} `}
              {issue.path && <code>{issue.path}</code>}
              {issue.path || issue.line !== undefined ? ': ' : ''}
              {l(issue.message)}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/** The `issues` the admin routes put next to `error` on 400. */
export function issuesOf(body: unknown): AdminIssueLike[] {
  const issues = (body as { issues?: unknown } | undefined)?.issues;
  return Array.isArray(issues) ? (issues as AdminIssueLike[]) : [];
}
