import type { Locale } from '../domain/locale';
import { t } from '../i18n';
import { expandCard, type AdaptiveCard } from './adaptive-card';
import { httpsUrl, plainText } from './plain-text';
import template from './templates/session-catch-up.json';

export interface SessionCatchUpCardData {
  locale: Locale;
  programmeName: string;
  sessionNumber: number;
  sessionTitle: string;
  /** Agenda lines, e.g. `13:15 Idéer i grupp`. */
  agenda: string[];
  materials: { title: string; url: string }[];
}

/** To an enrolled person who missed a session's meeting: its agenda and materials. */
export function buildSessionCatchUpCard(data: SessionCatchUpCardData): AdaptiveCard {
  const { locale } = data;
  const materials = data.materials.flatMap((m) => {
    const url = httpsUrl(m.url);
    return url ? [{ title: plainText(m.title, 200), url }] : [];
  });
  return expandCard(template, {
    programmeName: plainText(data.programmeName, 200),
    label: {
      heading: t(locale, 'live.catchUp.heading', { number: data.sessionNumber, session: plainText(data.sessionTitle, 200) }),
      intro: t(locale, 'live.catchUp.intro'),
      agenda: t(locale, 'live.catchUp.agenda'),
      materials: t(locale, 'live.catchUp.materials'),
      prompts: t(locale, 'live.catchUp.prompts'),
    },
    agenda: data.agenda.map((line) => plainText(line, 300)),
    hasMaterials: materials.length > 0,
    materials,
  });
}
