import type { Locale } from '../domain/locale';
import { expandCard, type AdaptiveCard } from './adaptive-card';
import { labels } from './labels';
import template from './templates/prompt-unavailable.json';

export type PromptUnavailableReason = 'notFound' | 'notEnrolled' | 'noIdentity';

export interface PromptUnavailableCardData {
  locale: Locale;
  reason: PromptUnavailableReason;
}

/** The prompt cannot be answered by this person: unknown prompt, not enrolled, or no identity on the activity. */
export function buildPromptUnavailableCard(data: PromptUnavailableCardData): AdaptiveCard {
  const base = `prompt.unavailable.${data.reason}`;
  return expandCard(template, {
    label: labels(data.locale, { heading: `${base}.heading`, body: `${base}.body`, list: 'prompt.action.list' }),
  });
}
