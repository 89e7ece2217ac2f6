import type { Locale } from '../domain/locale';
import { expandCard, type AdaptiveCard } from './adaptive-card';
import { labels } from './labels';
import { plainText } from './plain-text';
import type { CardActionData } from './prompt-card-data';
import template from './templates/prompt-try-again.json';

export interface PromptTryAgainCardData {
  locale: Locale;
  /** The assignment's title. */
  title: string;
  /** The submission to send again: prompt ids and the person's inputs (`q_*`), so retrying loses nothing. */
  retryData: CardActionData;
}

/** Storage is down: nothing was saved; one action sends the same answers again. */
export function buildPromptTryAgainCard(data: PromptTryAgainCardData): AdaptiveCard {
  return expandCard(template, {
    header: { title: plainText(data.title) },
    label: labels(data.locale, { heading: 'prompt.tryAgain.heading', body: 'prompt.tryAgain.body', retry: 'prompt.tryAgain.retry' }),
    retryData: { ...data.retryData, verb: 'answerPrompt' },
  });
}
