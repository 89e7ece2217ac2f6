import type { Locale } from '../domain/locale';
import { t } from '../i18n';
import { expandCard, type AdaptiveCard } from './adaptive-card';
import { actionLabels, labels } from './labels';
import { httpsUrl, plainText } from './plain-text';
import { buildSessionSection } from './session-section';
import type { SessionView } from './session-view';
import template from './templates/welcome.json';

export interface WelcomeCardData {
  locale: Locale;
  programmeName: string;
  /** The next session (a live one counts); absent when all sessions are over. */
  nextSession?: SessionView;
  /** When the next reflection prompt is sent, formatted in the programme's zone. */
  nextPromptAt?: string;
}

export function buildWelcomeCard(data: WelcomeCardData): AdaptiveCard {
  const { locale, nextSession } = data;
  return expandCard(template, {
    label: labels(locale, {
      heading: 'card.welcome.heading',
      intro: 'card.welcome.intro',
      nextHeading: 'card.welcome.nextHeading',
      noNext: 'card.welcome.noNext',
      betweenHeading: 'card.welcome.betweenHeading',
      between1: 'card.welcome.between1',
      between2: 'card.welcome.between2',
      between3: 'card.welcome.between3',
    }),
    action: actionLabels(locale),
    programmeName: plainText(data.programmeName),
    hasSession: nextSession !== undefined,
    sessionSection: nextSession ? buildSessionSection(nextSession, locale) : {},
    joinUrl: httpsUrl(nextSession?.joinUrl) ?? '',
    nextPromptText: data.nextPromptAt ? t(locale, 'card.welcome.nextPrompt', { when: plainText(data.nextPromptAt, 120) }) : '',
  });
}
