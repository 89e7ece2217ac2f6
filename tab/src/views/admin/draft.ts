import type {
  AdminAgendaItem,
  AdminChoice,
  AdminLivePrompt,
  AdminLiveQuestionType,
  AdminPrompt,
  AdminQuestion,
  AdminSession,
} from '../../api/admin-types';

/** Time zones for the select: the browser's IANA list, the common ones first if it has none. */
export function timeZones(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  const list = intl.supportedValuesOf?.('timeZone') ?? [];
  const base = list.length ? list : ['Europe/Stockholm', 'Europe/Helsinki', 'Europe/Oslo', 'Europe/Copenhagen', 'Europe/London', 'UTC'];
  return base.includes('Europe/Stockholm') ? base : ['Europe/Stockholm', ...base];
}

/** A join code people can read out loud: no 0/O or 1/I. */
export function randomJoinCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

/** `yyyy-MM-ddTHH:mm`, `days` from today at `time`, in the browser's zone (a starting point to edit). */
export function localDateTime(days: number, time: string): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${time}`;
}

export function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

export function newSession(number: number): AdminSession {
  const day = 7 * number;
  return {
    number,
    title: { sv: '', en: '' },
    start: localDateTime(day, '13:00'),
    end: localDateTime(day, '16:00'),
    materials: [],
    agenda: [],
  };
}

export function newAgendaItem(): AdminAgendaItem {
  return { start: '13:00', durationMinutes: 30, title: { sv: '', en: '' } };
}

export function newQuestion(index: number): AdminQuestion {
  return { id: `q${index + 1}`, type: 'longText', label: { sv: '', en: '' }, required: true };
}

export function newPrompt(index: number, afterSession: number): AdminPrompt {
  const day = 7 * afterSession + 1;
  return {
    id: `prompt-${index + 1}`,
    kind: 'reflection',
    afterSession,
    title: { sv: '', en: '' },
    text: { sv: '', en: '' },
    questions: [newQuestion(0)],
    sendAt: localDateTime(day, '09:00'),
    dueAt: localDateTime(day + 5, '17:00'),
    reminders: [],
    visibility: 'private',
  };
}

/** Sessions are numbered by their place in the list. */
export function renumber(sessions: AdminSession[]): AdminSession[] {
  return sessions.map((s, i) => ({ ...s, number: i + 1 }));
}

/** A live prompt for the session: a rating, with the first free id `live-N`. */
export function newLivePrompt(existing: readonly AdminLivePrompt[]): AdminLivePrompt {
  let n = existing.length + 1;
  while (existing.some((p) => p.id === `live-${n}`)) n += 1;
  return { id: `live-${n}`, type: 'rating', question: { sv: '', en: '' } };
}

const emptyChoice = (id: string): AdminChoice => ({ id, label: { sv: '', en: '' } });

/**
 * A live prompt of another type: choices kept (or two to start with) for
 * choice types and dropped otherwise; the max length dropped, since each
 * text type has its own default.
 */
export function withLiveType(prompt: AdminLivePrompt, type: AdminLiveQuestionType): AdminLivePrompt {
  const { choices, maxLength: _maxLength, ...rest } = prompt;
  const choiceType = type === 'singleChoice' || type === 'multiChoice';
  return { ...rest, type, ...(choiceType ? { choices: choices?.length ? choices : [emptyChoice('a'), emptyChoice('b')] } : {}) };
}

/** The next choice id: the first free letter (a, b, c, ...). */
export function nextChoiceId(choices: readonly AdminChoice[]): string {
  for (let i = 0; i < 26; i += 1) {
    const id = String.fromCharCode(97 + i);
    if (!choices.some((c) => c.id === id)) return id;
  }
  return `c${choices.length + 1}`;
}
