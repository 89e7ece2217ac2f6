import type { PersonRef } from './identity';
import type { Locale, LocalizedText } from './locale';
import type { AnswerValue, Choice } from './model';

/**
 * Live sessions (issue 5): a Teams meeting bound to a programme session,
 * the agenda item everyone follows, short live prompts answered in the
 * meeting chat, and attendance from the meeting's own events. Types only
 * and pure rules; storage and Teams live elsewhere.
 */

export const LIVE_QUESTION_TYPES = ['singleChoice', 'multiChoice', 'rating', 'word', 'openText'] as const;
export type LiveQuestionType = (typeof LIVE_QUESTION_TYPES)[number];

/** A short question for a live session: prepared in the programme file, or typed ad hoc by the facilitator. */
export interface LivePrompt {
  id: string;
  type: LiveQuestionType;
  question: LocalizedText;
  /** singleChoice / multiChoice. */
  choices?: Choice[];
  /** word / openText: longest answer (word: default 40, openText: default 280). */
  maxLength?: number;
}

export const LIVE_TEXT_DEFAULTS = { word: 40, openText: 280 } as const;

/**
 * A meeting chat the bot is in, and (once a facilitator bound it) the
 * programme session it runs. The reference is what the bot needs to post
 * into the chat later; no person is stored here (binding is audited).
 */
export interface MeetingChat {
  chatId: string;
  tenantId: string;
  serviceUrl: string;
  channelId: string;
  botId: string;
  botName?: string;
  /** The Teams meeting id (base64), from the chat's activities or the tab's context. */
  meetingId?: string;
  programmeId?: string;
  sessionNumber?: number;
  boundAt?: string;
  /** First meetingStart / meetingEnd seen (UTC ISO). */
  startedAt?: string;
  endedAt?: string;
  updatedAt: string;
  version?: string;
}

/** Which agenda item the session is on; every side panel follows it. */
export interface AgendaState {
  programmeId: string;
  sessionNumber: number;
  /** Index into the session's agenda; -1 before the first item. */
  currentItem: number;
  /** When the current item was started (UTC ISO). */
  itemStartedAt?: string;
  /** The live prompt that is open now, if any. */
  openRunId?: string;
  /** The run whose results are on the meeting stage. */
  stageRunId?: string;
  /** The bound meeting's first start and end (from its meetingStart / meetingEnd events). */
  meetingStartedAt?: string;
  meetingEndedAt?: string;
  /** When the follow-up after the meeting's end was sent (the sweep retries until it is set). */
  followUpDoneAt?: string;
  updatedAt: string;
  version?: string;
}

export type LiveRunState = 'open' | 'closed';

/** One live prompt put to the meeting. */
export interface LiveRun {
  programmeId: string;
  sessionNumber: number;
  runId: string;
  /** The question as asked (a copy, so later edits of the programme do not change what was asked). */
  prompt: LivePrompt;
  state: LiveRunState;
  locale: Locale;
  chatId: string;
  openedAt: string;
  closedAt?: string;
  /** The question card and the results card posted into the meeting chat. */
  cardActivityId?: string;
  /** Who gets their own card refreshed automatically (Teams user ids; empty: manual refresh, over 60 people). */
  refreshUserIds?: string[];
  resultsActivityId?: string;
  /** When the results card was last updated, and how many answers it showed. */
  resultsUpdatedAt?: string;
  resultsCount?: number;
  /** The results card has been updated since the run closed (it says "closed"). */
  resultsClosedShown?: boolean;
  version?: string;
}

/** One person's answer to one live prompt. */
export interface LiveAnswer {
  programmeId: string;
  sessionNumber: number;
  runId: string;
  person: PersonRef;
  value: AnswerValue;
  answeredAt: string;
  version?: string;
}

export type AttendanceEventKind = 'join' | 'leave';

export interface AttendanceEvent {
  kind: AttendanceEventKind;
  /** UTC ISO, from the activity's timestamp. */
  at: string;
}

/** One person's presence in one session's meeting, from join/leave events. */
export interface Attendance {
  programmeId: string;
  sessionNumber: number;
  person: PersonRef;
  events: AttendanceEvent[];
  version?: string;
}

/** More events than this for one person in one session are not kept (a flapping connection). */
export const MAX_ATTENDANCE_EVENTS = 200;

/**
 * Adds an event; undefined when it changes nothing (the same event again).
 * Events are kept in time order, so a late event lands where it happened.
 */
export function addAttendanceEvent(events: readonly AttendanceEvent[], event: AttendanceEvent): AttendanceEvent[] | undefined {
  if (events.some((e) => e.kind === event.kind && e.at === event.at)) return undefined;
  if (events.length >= MAX_ATTENDANCE_EVENTS) return undefined;
  return [...events, event].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.kind === 'join' ? -1 : 1));
}

/**
 * Seconds present: each join counts until the next leave; a join without
 * a leave counts until the meeting's end (or `now` while it runs). Repeated
 * joins without a leave between them do not count twice.
 */
export function attendedSeconds(events: readonly AttendanceEvent[], until: string): number {
  let total = 0;
  let since: number | undefined;
  const end = Date.parse(until);
  for (const event of events) {
    const at = Math.min(Date.parse(event.at), end);
    if (event.kind === 'join') since ??= at;
    else if (since !== undefined) {
      total += Math.max(0, at - since);
      since = undefined;
    }
  }
  if (since !== undefined) total += Math.max(0, end - since);
  return Math.round(total / 1000);
}

/** The first join, if any. */
export function firstJoin(events: readonly AttendanceEvent[]): string | undefined {
  return events.find((e) => e.kind === 'join')?.at;
}

// ---------------------------------------------------------------------------
// Live results

export interface LiveResults {
  type: LiveQuestionType;
  answers: number;
  /** Choices (in the question's order) or ratings 1–5, with counts. */
  counts?: { id: string; label: LocalizedText; count: number }[];
  /** Rating: the mean, one decimal. */
  mean?: number;
  /** Word: distinct words with counts, most frequent first. */
  words?: { word: string; count: number }[];
  /** Open text: the latest answers, newest first, without names. */
  texts?: string[];
}

export const LIVE_RESULTS_LIMITS = { words: 50, texts: 10 } as const;

const RATINGS = [1, 2, 3, 4, 5];

/** One word or short phrase as counted for the word cloud: trimmed, inner spaces collapsed, lower-cased. */
export function normaliseWord(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');
}

/** The results of a live prompt from its answers (anonymous: no person in them). */
export function tallyLive(prompt: LivePrompt, answers: readonly Pick<LiveAnswer, 'value' | 'answeredAt'>[]): LiveResults {
  const base: LiveResults = { type: prompt.type, answers: answers.length };
  switch (prompt.type) {
    case 'singleChoice':
    case 'multiChoice': {
      const counts = new Map((prompt.choices ?? []).map((c) => [c.id, 0]));
      for (const { value } of answers) {
        for (const id of Array.isArray(value) ? value : [value]) {
          if (typeof id === 'string' && counts.has(id)) counts.set(id, counts.get(id)! + 1);
        }
      }
      return { ...base, counts: (prompt.choices ?? []).map((c) => ({ id: c.id, label: c.label, count: counts.get(c.id)! })) };
    }
    case 'rating': {
      const counts = RATINGS.map((r) => answers.filter((a) => a.value === r).length);
      const sum = RATINGS.reduce((s, r, i) => s + r * counts[i], 0);
      const n = counts.reduce((s, c) => s + c, 0);
      return {
        ...base,
        counts: RATINGS.map((r, i) => ({ id: String(r), label: { sv: String(r), en: String(r) }, count: counts[i] })),
        ...(n > 0 ? { mean: Math.round((sum / n) * 10) / 10 } : {}),
      };
    }
    case 'word': {
      const counts = new Map<string, number>();
      for (const { value } of answers) {
        if (typeof value !== 'string') continue;
        const word = normaliseWord(value);
        if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
      }
      const words = [...counts.entries()]
        .map(([word, count]) => ({ word, count }))
        .sort((a, b) => b.count - a.count || a.word.localeCompare(b.word, 'sv'))
        .slice(0, LIVE_RESULTS_LIMITS.words);
      return { ...base, words };
    }
    case 'openText': {
      const texts = [...answers]
        .filter((a) => typeof a.value === 'string' && a.value.trim() !== '')
        .sort((a, b) => (a.answeredAt < b.answeredAt ? 1 : a.answeredAt > b.answeredAt ? -1 : 0))
        .slice(0, LIVE_RESULTS_LIMITS.texts)
        .map((a) => (a.value as string).trim());
      return { ...base, texts };
    }
  }
}

export type LiveAnswerError = 'required' | 'invalid' | 'tooLong' | 'tryAgain';

/** Checks one live answer against its prompt; returns the stored value or an error code. */
export function checkLiveAnswer(
  prompt: LivePrompt,
  raw: unknown,
): { value: AnswerValue } | { error: Exclude<LiveAnswerError, 'tryAgain'> } {
  switch (prompt.type) {
    case 'singleChoice': {
      if (typeof raw !== 'string' || raw === '') return { error: 'required' };
      return prompt.choices?.some((c) => c.id === raw) ? { value: raw } : { error: 'invalid' };
    }
    case 'multiChoice': {
      // Adaptive Cards send a multi-select as "a,b".
      const ids = typeof raw === 'string' ? raw.split(',').filter(Boolean) : Array.isArray(raw) ? raw : undefined;
      if (!ids || ids.length === 0) return { error: 'required' };
      const known = new Set(prompt.choices?.map((c) => c.id));
      if (!ids.every((id) => typeof id === 'string' && known.has(id))) return { error: 'invalid' };
      return { value: [...new Set(ids as string[])] };
    }
    case 'rating': {
      const n = typeof raw === 'string' ? Number(raw) : raw;
      if (raw === '' || raw === undefined || raw === null) return { error: 'required' };
      return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 5 ? { value: n } : { error: 'invalid' };
    }
    case 'word':
    case 'openText': {
      if (typeof raw !== 'string') return raw === undefined || raw === null ? { error: 'required' } : { error: 'invalid' };
      const text = prompt.type === 'word' ? raw.trim().replace(/\s+/g, ' ') : raw.trim();
      if (text === '') return { error: 'required' };
      const max = prompt.maxLength ?? LIVE_TEXT_DEFAULTS[prompt.type];
      return text.length > max ? { error: 'tooLong' } : { value: text };
    }
  }
}

// ---------------------------------------------------------------------------
// Agenda

export interface AgendaPosition {
  currentItem: number;
  /** When the current item ends by the plan (its duration from when it was started), UTC ISO. */
  endsAt?: string;
  /** Seconds left of the current item; negative when it runs over. */
  secondsLeft?: number;
}

export function agendaPosition(state: AgendaState | undefined, durations: readonly number[], now: Date): AgendaPosition {
  if (!state || state.currentItem < 0 || state.currentItem >= durations.length || !state.itemStartedAt) {
    return { currentItem: state?.currentItem ?? -1 };
  }
  const ends = Date.parse(state.itemStartedAt) + durations[state.currentItem] * 60_000;
  return { currentItem: state.currentItem, endsAt: new Date(ends).toISOString(), secondsLeft: Math.round((ends - now.getTime()) / 1000) };
}

/** The agenda moved to `item` (clamped to -1 … length-1), or undefined when it is already there. */
export function moveAgenda(state: AgendaState, item: number, itemCount: number, now: Date): AgendaState | undefined {
  const target = Math.max(-1, Math.min(itemCount - 1, Math.trunc(item)));
  if (target === state.currentItem) return undefined;
  return { ...state, currentItem: target, itemStartedAt: target >= 0 ? now.toISOString() : undefined, updatedAt: now.toISOString() };
}

/** Meeting roles that may run live activities (the Bot Connector's meeting participant API). */
export const PRESENTER_ROLES: readonly string[] = ['organizer', 'presenter', 'coorganizer'];

export function isPresenterRole(role: string | undefined): boolean {
  return !!role && PRESENTER_ROLES.includes(role.toLowerCase());
}

/** Meetings of at most this many people get per-person card refresh (`refresh.userIds`); Teams' limit is 60. */
export const AUTO_REFRESH_MAX_USERS = 60;
