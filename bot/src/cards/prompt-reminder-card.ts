import type { Locale } from '../domain/locale';
import { t } from '../i18n';
import { expandCard, type AdaptiveCard } from './adaptive-card';
import { actionLabels, labels } from './labels';
import { plainText } from './plain-text';
import type { PromptListItem } from './session-view';
import template from './templates/prompt-reminder.json';

export interface PromptReminderCardData {
  locale: Locale;
  programmeName: string;
  /** The prompt not yet answered, with its due time in the programme's zone. */
  prompt: PromptListItem;
}

/** Sent at a prompt's reminder time to participants who have not answered. */
export function buildPromptReminderCard(data: PromptReminderCardData): AdaptiveCard {
  const { locale } = data;
  return expandCard(template, {
    label: labels(locale, {
      heading: 'delivery.promptReminder.heading',
      body: 'delivery.promptReminder.body',
      action: 'delivery.promptReminder.action',
    }),
    action: actionLabels(locale),
    programmeName: plainText(data.programmeName),
    promptTitle: plainText(data.prompt.title),
    due: t(locale, 'delivery.promptReminder.due', { when: plainText(data.prompt.due, 120) }),
  });
}
