/**
 * The live-session part of the tab's API (meeting side panel, stage view,
 * the in-meeting answer bubble, and the facilitator's report afterwards).
 * TYPES ONLY and no imports of server code; see contract.ts for the
 * conventions (bearer token, UTC instants, LocalizedText, errors).
 *
 * `:chatId` is the meeting chat's conversation id as the tab's Teams
 * context gives it (`chat.id`, e.g. `19:meeting_…@thread.v2`),
 * URL-encoded in the path.
 *
 * GET  /api/live/meetings/:chatId                    → LiveMeetingView (anyone; what they see depends on their role)
 * PUT  /api/live/meetings/:chatId/binding            LiveBindRequest → LiveMeetingView
 *        facilitators/coordinators of that programme only (403); 404 LIVE_CHAT_UNKNOWN
 *        when the app has not been added to the meeting (the bot has not seen the chat).
 * PUT  /api/live/meetings/:chatId/agenda             LiveAgendaRequest → LiveMeetingView      (facilitator*)
 * POST /api/live/meetings/:chatId/runs               LiveStartRequest → LiveRunView (201)     (facilitator*)
 * POST /api/live/meetings/:chatId/runs/:runId/close  → LiveRunView; 409 LIVE_CLOSED if it was  (facilitator*)
 * PUT  /api/live/meetings/:chatId/stage              LiveStageRequest → LiveMeetingView      (facilitator*)
 * GET  /api/live/meetings/:chatId/runs/:runId        → LiveRunView (people enrolled in the programme)
 * PUT  /api/live/meetings/:chatId/runs/:runId/answer LiveAnswerRequest → LiveRunView; 400 VALIDATION_FAILED
 *        with `fields: [{ field: 'answer', message }]` (ApiErrorBody), 409 LIVE_CLOSED when closed, 403 when not enrolled.
 * GET  /api/programmes/:programmeId/sessions/:number/report → LiveSessionReport (facilitators and coordinators)
 *
 * (*) facilitator: facilitator or coordinator of the bound programme AND
 * organizer or presenter of the meeting by the Bot Connector's meeting
 * participant API; 403 FORBIDDEN or 403 MEETING_ROLE_REQUIRED otherwise.
 * 409 LIVE_NOT_BOUND for these when the meeting is not bound to a session.
 */

export interface LiveText {
  sv: string;
  en: string;
}

export type LiveQuestionTypeName = 'singleChoice' | 'multiChoice' | 'rating' | 'word' | 'openText';

export interface LiveAgendaItemView {
  /** Local `HH:mm`. */
  start: string;
  durationMinutes: number;
  title: LiveText;
  description?: LiveText;
  lead?: string;
}

export interface LivePromptSummary {
  id: string;
  type: LiveQuestionTypeName;
  question: LiveText;
  choices?: { id: string; label: LiveText }[];
}

export interface LiveResultsData {
  type: LiveQuestionTypeName;
  answers: number;
  /** Choices in order, or ratings 1–5; `label` in the run's language. */
  counts?: { id: string; label: string; count: number }[];
  mean?: number;
  /** Word cloud: most frequent first. */
  words?: { word: string; count: number }[];
  /** Open text: the latest, newest first, without names. */
  texts?: string[];
}

export interface LiveRunView {
  runId: string;
  state: 'open' | 'closed';
  prompt: LivePromptSummary;
  /** The language the run was put to the meeting in (the programme's). */
  locale: 'sv' | 'en';
  openedAt: string;
  closedAt?: string;
  results: LiveResultsData;
  /** The caller's own answer, as given (choice ids, rating, text). */
  myAnswer?: string | string[] | number;
}

export interface LiveProgrammeChoice {
  id: string;
  name: LiveText;
  /** `start`: local wall-clock time in the programme's time zone (`2026-12-01T09:00`), as in the programme file. */
  sessions: { number: number; title: LiveText; start: string }[];
}

export type LiveMeetingView =
  | {
      bound: false;
      /** Whether the bot is in the meeting chat (else: add the app to the meeting first). */
      chatKnown: boolean;
      /** Programmes the caller may bind this meeting to (facilitator or coordinator); empty for others. */
      programmes: LiveProgrammeChoice[];
    }
  | {
      bound: true;
      programme: { id: string; name: LiveText; timeZone: string; defaultLocale: 'sv' | 'en' };
      /** `start`/`end`: local wall-clock times in `programme.timeZone` (`2026-12-01T09:00`). */
      session: { number: number; title: LiveText; start: string; end: string; agenda: LiveAgendaItemView[] };
      /** The item everyone follows (-1 before the first); its planned end and seconds left. */
      position: { currentItem: number; endsAt?: string; secondsLeft?: number };
      /** Whether the caller may run the session here (programme role and meeting role); controls only then. */
      canFacilitate: boolean;
      /** Prepared live prompts (facilitators only; empty for others). */
      livePrompts: LivePromptSummary[];
      openRun?: LiveRunView;
      stageRun?: LiveRunView;
      /** Changes whenever the agenda state changes (for cheap polling). */
      updatedAt: string;
      /** Server time, so a countdown does not depend on the client's clock. */
      now: string;
    };

export interface LiveBindRequest {
  programmeId: string;
  sessionNumber: number;
  /** The Teams meeting id from the tab's context (`meeting.id`). */
  meetingId?: string;
}

export interface LiveAgendaRequest {
  /** The agenda item to move to (-1: before the first). */
  item: number;
}

export type LiveStartRequest =
  | { livePromptId: string }
  | { adHoc: { type: LiveQuestionTypeName; question: LiveText; choices?: { id: string; label: LiveText }[]; maxLength?: number } };

export interface LiveStageRequest {
  runId: string;
}

export interface LiveAnswerRequest {
  /** singleChoice: choice id; multiChoice: choice ids; rating: 1..5; word/openText: text. */
  answer: string | string[] | number;
}

export interface LiveSessionReport {
  programmeId: string;
  session: { number: number; title: LiveText; start: string; end: string };
  meeting?: { startedAt?: string; endedAt?: string };
  /** Enrolled participants and whether/how long they attended; sorted by name. */
  attendance: { name: string; department?: string; attended: boolean; firstJoin?: string; minutes: number }[];
  runs: LiveRunView[];
  /** The session's feedback prompt(s): rating distribution and comments (names only where the prompt's visibility allows). */
  feedback: {
    promptId: string;
    title: LiveText;
    answers: number;
    ratings?: { rating: number; count: number }[];
    mean?: number;
    comments: { text: string; name?: string }[];
  }[];
}
