import type { Locale } from '../domain/locale';
import { t } from '../i18n';
import { expandCard, type AdaptiveCard } from './adaptive-card';
import { actionLabels, labels } from './labels';
import { plainText } from './plain-text';
import type { PromptListItem } from './session-view';
import template from './templates/prompt-list.json';

/** One row of the list: the prompt, whether I answered it, and the ids its "open" action sends back. */
export interface PromptListEntry extends PromptListItem {
  answered?: boolean;
  /** Present: the row gets an action that opens the prompt as a card (the form, or the receipt when answered). */
  open?: { programmeId: string; promptId: string };
}

export interface PromptListCardData {
  locale: Locale;
  programmeName: string;
  /** My open assignments, soonest due first. Empty shows the empty state. */
  prompts: PromptListEntry[];
}

export function buildPromptListCard(data: PromptListCardData): AdaptiveCard {
  const { locale } = data;
  const prompts = data.prompts.map((p) => ({
    title: plainText(p.title),
    due: t(locale, 'card.prompts.due', { when: plainText(p.due, 120) }),
    answered: p.answered === true,
    answeredLabel: t(locale, 'prompt.list.answered'),
    hasAction: p.open !== undefined,
    actionTitle: t(locale, p.answered ? 'prompt.list.showAnswer' : 'prompt.list.open'),
    actionData: p.open ? { verb: 'openPrompt', programmeId: p.open.programmeId, promptId: p.open.promptId } : {},
  }));
  return expandCard(template, {
    label: labels(locale, { heading: 'card.prompts.heading', intro: 'card.prompts.intro', empty: 'card.prompts.empty' }),
    action: actionLabels(locale),
    programmeName: plainText(data.programmeName),
    prompts,
    hasPrompts: prompts.length > 0,
  });
}
