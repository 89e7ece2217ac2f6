import type { Locale } from '../domain/locale';
import { t } from '../i18n';
import { expandCard } from './adaptive-card';
import { labels } from './labels';
import { plainText } from './plain-text';
import type { SessionView } from './session-view';
import template from './templates/session-section.json';

/** The session block (number, title, time, agenda rows) that the welcome, agenda and joined cards share. */
export function buildSessionSection(session: SessionView, locale: Locale): object {
  const agenda = session.agenda.map((row) => ({
    time: plainText(row.time, 20),
    title: plainText(row.title),
    lead: plainText(row.lead, 120),
  }));
  return expandCard(template, {
    label: labels(locale, { agendaHeading: 'card.session.agendaHeading', noAgenda: 'card.session.noAgenda' }),
    numberLabel: t(locale, 'card.session.number', { number: session.number }),
    title: plainText(session.title),
    when: plainText(session.when, 120),
    agenda,
    hasAgenda: agenda.length > 0,
  });
}
