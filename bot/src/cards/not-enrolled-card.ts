import type { Locale } from '../domain/locale';
import { expandCard, type AdaptiveCard } from './adaptive-card';
import { actionLabels, labels } from './labels';
import template from './templates/not-enrolled.json';

export interface NotEnrolledCardData {
  locale: Locale;
}

export function buildNotEnrolledCard(data: NotEnrolledCardData): AdaptiveCard {
  return expandCard(template, {
    label: labels(data.locale, {
      heading: 'card.notEnrolled.heading',
      body: 'card.notEnrolled.body',
      step1: 'card.notEnrolled.step1',
      step2: 'card.notEnrolled.step2',
    }),
    action: actionLabels(data.locale),
  });
}
