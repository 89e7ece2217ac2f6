import type { Locale } from '../domain/locale';
import { localize } from '../domain/locale';
import type { Prompt, Session } from '../domain/model';
import { formatLocal } from '../domain/time';
import { formatAgendaSpan, formatSessionWhen } from './when-format';

/** A session as the cards show it: localized, times formatted in the programme's zone. */
export interface SessionView {
  number: number;
  title: string;
  /** e.g. `tisdag 8 december 09:00–12:00` */
  when: string;
  agenda: AgendaRowView[];
  materials: MaterialView[];
  joinUrl?: string;
}

export interface AgendaRowView {
  /** e.g. `09:00–09:30` */
  time: string;
  title: string;
  lead?: string;
}

export interface MaterialView {
  title: string;
  url: string;
}

export interface PromptListItem {
  title: string;
  /** Due time in the programme's zone, e.g. `tisdag 15 december 17:00`. */
  due: string;
}

export function toSessionView(session: Session, zone: string, locale: Locale): SessionView {
  return {
    number: session.number,
    title: localize(session.title, locale),
    when: formatSessionWhen(session.start, session.end, zone, locale),
    agenda: [...session.agenda]
      .sort((a, b) => a.start.localeCompare(b.start))
      .map((item) => ({ time: formatAgendaSpan(item.start, item.durationMinutes), title: localize(item.title, locale), lead: item.lead })),
    materials: session.materials.map((m) => ({ title: localize(m.title, locale), url: m.url })),
    joinUrl: session.joinUrl,
  };
}

export function toPromptListItem(prompt: Prompt, zone: string, locale: Locale): PromptListItem {
  return { title: localize(prompt.title, locale), due: formatLocal(prompt.dueAt, zone, locale) };
}
