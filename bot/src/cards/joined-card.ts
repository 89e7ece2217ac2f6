import type { Locale } from '../domain/locale';
import { t } from '../i18n';
import { expandCard, type AdaptiveCard } from './adaptive-card';
import { actionLabels, labels } from './labels';
import { plainText } from './plain-text';
import { buildSessionSection } from './session-section';
import type { SessionView } from './session-view';
import template from './templates/joined.json';

export interface JoinedCardData {
  locale: Locale;
  programmeName: string;
  /** True when the person was enrolled before (joining is idempotent). */
  alreadyEnrolled: boolean;
  nextSession?: SessionView;
}

export function buildJoinedCard(data: JoinedCardData): AdaptiveCard {
  const { locale, nextSession } = data;
  return expandCard(template, {
    label: labels(locale, { heading: 'card.joined.heading', nextHeading: 'card.welcome.nextHeading' }),
    action: actionLabels(locale),
    bodyText: t(locale, data.alreadyEnrolled ? 'card.joined.already' : 'card.joined.body'),
    programmeName: plainText(data.programmeName),
    hasSession: nextSession !== undefined,
    sessionSection: nextSession ? buildSessionSection(nextSession, locale) : {},
  });
}
