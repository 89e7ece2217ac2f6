import type { Locale } from '../domain/locale';
import { t } from '../i18n';
import { expandCard, type AdaptiveCard } from './adaptive-card';
import { actionLabels, labels } from './labels';
import { httpsUrl, plainText } from './plain-text';
import { buildSessionSection } from './session-section';
import type { PromptListItem, SessionView } from './session-view';
import template from './templates/session-reminder.json';

export interface SessionReminderCardData {
  locale: Locale;
  programmeName: string;
  session: SessionView;
  /** The assignments to bring to the session (those given after the previous one), with their due times. */
  bring: PromptListItem[];
}

/** Sent the day before a session: time, agenda, join link and the assignment to bring. */
export function buildSessionReminderCard(data: SessionReminderCardData): AdaptiveCard {
  const { locale, session } = data;
  const bring = data.bring.map((p) => ({
    title: plainText(p.title),
    due: t(locale, 'delivery.sessionReminder.bringDue', { when: plainText(p.due, 120) }),
  }));
  return expandCard(template, {
    heading: t(locale, 'delivery.sessionReminder.heading', { number: session.number }),
    label: labels(locale, {
      intro: 'delivery.sessionReminder.intro',
      bringHeading: 'delivery.sessionReminder.bringHeading',
      bring: 'delivery.sessionReminder.bring',
    }),
    action: actionLabels(locale),
    programmeName: plainText(data.programmeName),
    sessionSection: buildSessionSection(session, locale),
    joinUrl: httpsUrl(session.joinUrl) ?? '',
    bring,
    hasBring: bring.length > 0,
  });
}
