import type { Locale } from '../domain/locale';
import { t } from '../i18n';
import { expandCard, type AdaptiveCard } from './adaptive-card';
import { actionLabels, labels } from './labels';
import { plainText } from './plain-text';
import type { PromptListItem } from './session-view';
import template from './templates/prompt-list.json';

export interface PromptListCardData {
  locale: Locale;
  programmeName: string;
  /** My open assignments, soonest due first. Empty shows the empty state. */
  prompts: PromptListItem[];
}

export function buildPromptListCard(data: PromptListCardData): AdaptiveCard {
  const { locale } = data;
  const prompts = data.prompts.map((p) => ({
    title: plainText(p.title),
    due: t(locale, 'card.prompts.due', { when: plainText(p.due, 120) }),
  }));
  return expandCard(template, {
    label: labels(locale, { heading: 'card.prompts.heading', intro: 'card.prompts.intro', empty: 'card.prompts.empty' }),
    action: actionLabels(locale),
    programmeName: plainText(data.programmeName),
    prompts,
    hasPrompts: prompts.length > 0,
  });
}
