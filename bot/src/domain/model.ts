import type { Locale, LocalizedText } from './locale';
import type { PersonRef } from './identity';
import type { LivePrompt } from './live';

/** Local date-time in the programme's time zone, ISO without offset: `2026-12-01T09:00`. */
export type LocalDateTime = string;

export interface Department {
  id: string;
  name: LocalizedText;
}

export interface Programme {
  id: string;
  name: LocalizedText;
  description?: LocalizedText;
  defaultLocale: Locale;
  /** IANA zone, e.g. `Europe/Stockholm`. */
  timeZone: string;
  departments: Department[];
  joinCode: string;
  /** Days after the programme's end that personal data is kept (issue 6). */
  retentionDays?: number;
}

export interface Material {
  title: LocalizedText;
  url: string;
}

export interface AgendaItem {
  /** Local start time within the session's day, `HH:mm`. */
  start: string;
  durationMinutes: number;
  title: LocalizedText;
  description?: LocalizedText;
  /** Who leads the item (free text, e.g. "Facilitator" or a name). */
  lead?: string;
}

export interface Session {
  programmeId: string;
  number: number;
  title: LocalizedText;
  start: LocalDateTime;
  end: LocalDateTime;
  joinUrl?: string;
  materials: Material[];
  agenda: AgendaItem[];
  /** Short questions prepared for the session's meeting (issue 5). */
  livePrompts?: LivePrompt[];
}

export const QUESTION_TYPES = ['longText', 'shortText', 'singleChoice', 'multiChoice', 'rating'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export interface Choice {
  id: string;
  label: LocalizedText;
}

export interface Question {
  id: string;
  type: QuestionType;
  label: LocalizedText;
  required: boolean;
  /** For text questions. */
  maxLength?: number;
  /** For choice questions. */
  choices?: Choice[];
}

export const VISIBILITIES = ['private', 'cohort', 'anonymous'] as const;
/** private: facilitators and coordinators only; cohort: shared with names; anonymous: shared without names. */
export type Visibility = (typeof VISIBILITIES)[number];

export const PROMPT_KINDS = ['reflection', 'feedback', 'invitation'] as const;
export type PromptKind = (typeof PROMPT_KINDS)[number];

export interface Prompt {
  programmeId: string;
  id: string;
  kind: PromptKind;
  /** The session it follows (the assignment lies between this session and the next). */
  afterSession: number;
  title: LocalizedText;
  text: LocalizedText;
  questions: Question[];
  sendAt: LocalDateTime;
  dueAt: LocalDateTime;
  reminders: LocalDateTime[];
  visibility: Visibility;
}

export const ROLES = ['participant', 'facilitator', 'coordinator'] as const;
export type Role = (typeof ROLES)[number];

export interface Person extends PersonRef {
  displayName: string;
  department?: string;
  /** The language messages are written in: the preference if set, else the Teams client's language. */
  locale: Locale;
  /** Chosen by the person (`språk en` / `language sv`) or set by their roster row; wins over the Teams client's language. */
  languagePreference?: Locale;
}

/**
 * A place on a programme. Roster enrolments start with an e-mail and get a
 * person (tenant + object id) when the person installs the app and Teams'
 * member lookup returns the same e-mail/UPN. Join-code enrolments have a
 * person from the start.
 */
export interface Enrolment {
  programmeId: string;
  role: Role;
  displayName: string;
  department?: string;
  email?: string;
  person?: PersonRef;
  /** Language from the roster row, if the roster sets one. */
  language?: Locale;
  source: 'roster' | 'joinCode';
  enrolledAt: string;
}

export type AnswerValue = string | string[] | number;

/** All of one person's answers to one prompt, versioned for concurrency. */
export interface AnswerSet {
  programmeId: string;
  promptId: string;
  person: PersonRef;
  answers: Record<string, AnswerValue>;
  createdAt: string;
  editedAt: string;
  /** Opaque concurrency token (the storage ETag). */
  version?: string;
}

/** A Bot Framework conversation reference, kept as plain data. */
export interface StoredConversation {
  person: PersonRef;
  serviceUrl: string;
  conversationId: string;
  channelId: string;
  botId: string;
  botName?: string;
  userId: string;
  locale: Locale;
  greetedAt?: string;
  updatedAt: string;
  version?: string;
}
