import type { AdminLiveCardPreviewResponse } from '../api/admin-contract';
import { buildLiveQuestionCard } from '../cards/live-cards';
import type { Locale, LocalizedText } from '../domain/locale';
import { livePromptSchema, toValidationIssues } from '../domain/schemas';
import { liveQuestionView } from '../live/live-view';
import type { AdminDeps } from './admin-deps';
import { AdminError } from './admin-errors';
import { toAdminIssue } from './admin-issues';
import { adminIssue } from './programme-checks';
import { loadOrNotFound } from './programme-reads';

/** The run id a preview card carries: never a real run (real ones are random), and it sends nothing anyway. */
export const PREVIEW_RUN_ID = 'rpreview0';

function titleOf(value: unknown): LocalizedText | undefined {
  const title = value as Partial<LocalizedText> | null | undefined;
  return title && typeof title.sv === 'string' && typeof title.en === 'string' ? { sv: title.sv, en: title.en } : undefined;
}

/**
 * A live prompt draft as meeting participants get it: the open question card,
 * built by the same code the bot posts into the meeting chat with. The draft
 * is validated like a saved one; the session title comes from the editor's
 * draft (unsaved sessions have none stored), else from the stored session.
 */
export async function previewLiveCard(
  deps: AdminDeps,
  programmeId: string,
  body: unknown,
  fallback: Locale,
): Promise<AdminLiveCardPreviewResponse> {
  const request = (body ?? {}) as Record<string, unknown>;
  const stored = await loadOrNotFound(deps, programmeId);
  const sessionNumber = request.sessionNumber;
  if (typeof sessionNumber !== 'number' || !Number.isInteger(sessionNumber) || sessionNumber < 1 || sessionNumber > 99) {
    throw new AdminError('VALIDATION_FAILED', { issues: [adminIssue('sessionNumber', 'invalidSessionNumber')] });
  }
  const parsed = livePromptSchema.safeParse(request.livePrompt, { reportInput: true });
  if (!parsed.success) {
    throw new AdminError('VALIDATION_FAILED', { issues: toValidationIssues(parsed.error.issues, ['livePrompt']).map(toAdminIssue) });
  }
  const locale = request.locale === 'en' || request.locale === 'sv' ? request.locale : fallback;
  const title = titleOf(request.sessionTitle) ?? stored.sessions.find((s) => s.number === sessionNumber)?.title ?? { sv: '', en: '' };
  const prompt = parsed.data;
  const card = buildLiveQuestionCard({
    locale,
    view: liveQuestionView(prompt, { number: sessionNumber, title }, locale),
    actionData: { programmeId, sessionNumber, runId: PREVIEW_RUN_ID, locale },
  });
  return { livePromptId: prompt.id, sessionNumber, locale, card };
}
