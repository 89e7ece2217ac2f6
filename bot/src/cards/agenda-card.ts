import type { Locale } from '../domain/locale';
import { expandCard, type AdaptiveCard } from './adaptive-card';
import { actionLabels, labels } from './labels';
import { httpsUrl, plainText } from './plain-text';
import { buildSessionSection } from './session-section';
import type { SessionView } from './session-view';
import template from './templates/agenda.json';

export interface AgendaCardData {
  locale: Locale;
  programmeName: string;
  /** The next session (a live one counts); absent when all sessions are over. */
  session?: SessionView;
}

export function buildAgendaCard(data: AgendaCardData): AdaptiveCard {
  const { locale, session } = data;
  const materials = (session?.materials ?? []).flatMap((m) => {
    const url = httpsUrl(m.url);
    return url ? [{ title: plainText(m.title, 80), url }] : [];
  });
  return expandCard(template, {
    label: labels(locale, { heading: 'card.agenda.heading', none: 'card.agenda.none', materialsHeading: 'card.session.materialsHeading' }),
    action: actionLabels(locale),
    programmeName: plainText(data.programmeName),
    hasSession: session !== undefined,
    sessionSection: session ? buildSessionSection(session, locale) : {},
    joinUrl: httpsUrl(session?.joinUrl) ?? '',
    materials,
    hasMaterials: materials.length > 0,
  });
}
