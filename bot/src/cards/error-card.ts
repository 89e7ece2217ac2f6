import type { Locale } from '../domain/locale';
import { expandCard, type AdaptiveCard } from './adaptive-card';
import { t } from '../i18n';
import { actionLabels } from './labels';
import template from './templates/error.json';

export interface ErrorCardData {
  locale: Locale;
  /** A message-catalogue key (e.g. an AppError's `userMessageKey`); defaults to the generic message. */
  messageKey?: string;
}

export function buildErrorCard(data: ErrorCardData): AdaptiveCard {
  return expandCard(template, {
    label: { heading: t(data.locale, 'card.error.heading'), body: t(data.locale, data.messageKey ?? 'error.generic') },
    action: actionLabels(data.locale),
  });
}
