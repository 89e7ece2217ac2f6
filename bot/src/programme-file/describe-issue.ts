import type { Locale } from '../domain/locale';
import { formatIssuePath, type ValidationIssue } from '../domain/schemas';
import { hasMessage, t } from '../i18n';

/** Why a value is wrong, in the reader's language: `May be at most 480.` */
export function describeIssue(issue: ValidationIssue, locale: Locale): string {
  const params = { ...issue.params };
  for (const key of ['expected', 'received']) {
    const typeKey = `programme.type.${params[key]}`;
    if (params[key] !== undefined && hasMessage(typeKey)) params[key] = t(locale, typeKey);
  }
  return t(locale, `programme.issue.${issue.code}`, params);
}

/** Where and why: `sessions[1].agenda[0].durationMinutes: May be at most 480.` */
export function formatIssue(issue: ValidationIssue, locale: Locale): string {
  const path = formatIssuePath(issue.path);
  return path ? `${path}: ${describeIssue(issue, locale)}` : describeIssue(issue, locale);
}
