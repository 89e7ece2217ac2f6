import type { Locale } from '../domain/locale';
import { expandCard, type AdaptiveCard } from './adaptive-card';
import { labels } from './labels';
import { plainText } from './plain-text';
import template from './templates/prompt-saving.json';

export interface PromptSavingCardData {
  locale: Locale;
  /** The assignment's title. */
  title: string;
}

/** Shown when storage is slow: the write goes on and the card is updated when it ends. Offers no action. */
export function buildPromptSavingCard(data: PromptSavingCardData): AdaptiveCard {
  return expandCard(template, {
    header: { title: plainText(data.title) },
    label: labels(data.locale, { heading: 'prompt.saving.heading', body: 'prompt.saving.body' }),
  });
}
