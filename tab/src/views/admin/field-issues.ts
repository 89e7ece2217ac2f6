import type { AdminIssueLike, AdminText } from '../../api/admin-types';

/** The issues under `prefix` (`sessions[0].`), their paths made relative to it (`livePrompts[1].question.sv`). */
export function issuesUnder(issues: readonly AdminIssueLike[], prefix: string): AdminIssueLike[] {
  return issues.flatMap((issue) => (issue.path.startsWith(prefix) ? [{ ...issue, path: issue.path.slice(prefix.length) }] : []));
}

/**
 * The message of the first issue at `path` exactly, in the reader's
 * language (`l`), for the field that shows it; undefined when there is none.
 */
export function messageAt(issues: readonly AdminIssueLike[], path: string, l: (text: AdminText) => string): string | undefined {
  const issue = issues.find((i) => i.path === path);
  return issue ? l(issue.message) : undefined;
}

/** Messages for a text in both languages (`question.sv`, `question.en`), and for the text as a whole on both. */
export function textMessages(
  issues: readonly AdminIssueLike[],
  path: string,
  l: (text: AdminText) => string,
): { sv?: string; en?: string } {
  const whole = messageAt(issues, path, l);
  return { sv: messageAt(issues, `${path}.sv`, l) ?? whole, en: messageAt(issues, `${path}.en`, l) ?? whole };
}
