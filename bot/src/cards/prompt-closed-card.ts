import type { Locale } from '../domain/locale';
import { t } from '../i18n';
import { expandCard, type AdaptiveCard } from './adaptive-card';
import { plainText } from './plain-text';
import type { PromptHeaderView } from './prompt-card-data';
import { plainHeader } from './prompt-header';
import template from './templates/prompt-closed.json';

export interface PromptClosedCardData {
  locale: Locale;
  header: PromptHeaderView;
  /** closed: the deadline has passed; notYetOpen: before the send time. */
  reason: 'closed' | 'notYetOpen';
  /** The due time (closed) or the send time (not yet open), formatted. */
  when: string;
}

/** A prompt that takes no answers now: says why, offers nothing to submit. */
export function buildPromptClosedCard(data: PromptClosedCardData): AdaptiveCard {
  const { locale } = data;
  const when = plainText(data.when, 120);
  return expandCard(template, {
    header: plainHeader(data.header),
    label:
      data.reason === 'closed'
        ? { heading: t(locale, 'prompt.closed.heading'), body: t(locale, 'prompt.closed.body', { when }) }
        : { heading: t(locale, 'prompt.notYetOpen.heading'), body: t(locale, 'prompt.notYetOpen.body', { when }) },
  });
}
