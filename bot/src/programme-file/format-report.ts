import type { Locale } from '../domain/locale';
import { formatIssuePath } from '../domain/schemas';
import { t } from '../i18n';
import { describeIssue } from './describe-issue';
import type { ImportReport } from './import-programme';
import type { FileIssue } from './parse-programme-file';

/** `FILE:LINE:COL path: message`, the form editors and CI annotate from. */
export function formatIssueLine(fileName: string, issue: FileIssue, locale: Locale): string {
  const path = formatIssuePath(issue.path);
  const where = `${fileName}:${issue.line}:${issue.column}`;
  return path ? `${where} ${path}: ${describeIssue(issue, locale)}` : `${where} ${describeIssue(issue, locale)}`;
}

/** The lines of an import summary. */
export function formatImportReport(report: ImportReport, locale: Locale): string[] {
  const parts = [
    ['sessions', report.sessions, report.sessions.removed ? t(locale, 'programme.cli.removed', { removed: report.sessions.removed }) : ''],
    ['prompts', report.prompts, report.prompts.removed ? t(locale, 'programme.cli.removed', { removed: report.prompts.removed }) : ''],
    [
      'enrolments',
      report.enrolments,
      report.enrolments.notInFile ? t(locale, 'programme.cli.notInFile', { notInFile: report.enrolments.notInFile }) : '',
    ],
  ] as const;
  return [
    t(locale, 'programme.cli.imported', { file: report.fileName, id: report.programmeId }),
    `  ${t(locale, 'programme.cli.programme', { state: t(locale, `programme.cli.state.${report.programme}`) })}`,
    ...parts.map(
      ([what, counts, extra]) =>
        `  ${t(locale, 'programme.cli.counts', { what: t(locale, `programme.cli.what.${what}`), ...counts })}${extra}`,
    ),
    ...(report.changed ? [] : [t(locale, 'programme.cli.noChanges')]),
  ];
}
