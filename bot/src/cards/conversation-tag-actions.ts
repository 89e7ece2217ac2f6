import type { AdaptiveCard } from './adaptive-card';

/** Data of our prompt card actions: they name the programme and the prompt. */
function isPromptActionData(data: unknown): data is Record<string, unknown> {
  return !!data && typeof data === 'object' && 'programmeId' in data && 'promptId' in data;
}

function tagAction(action: unknown, tag: string): unknown {
  if (!action || typeof action !== 'object') return action;
  const { data, fallback, ...rest } = action as { data?: unknown; fallback?: unknown };
  return {
    ...rest,
    ...(data !== undefined ? { data: isPromptActionData(data) ? { ...data, ref: tag } : data } : {}),
    ...(fallback !== undefined ? { fallback: tagAction(fallback, tag) } : {}),
  };
}

/**
 * The card with `ref: tag` (see cards/conversation-tag.ts) added to the
 * data of its prompt actions (the card's own actions and their fallbacks).
 * The card is not changed; a new one is returned.
 */
export function withConversationTag(card: AdaptiveCard, tag: string): AdaptiveCard {
  if (!Array.isArray(card.actions)) return card;
  return { ...card, actions: card.actions.map((action) => tagAction(action, tag)) };
}
