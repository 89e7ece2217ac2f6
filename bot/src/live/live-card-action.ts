import { cardLocaleOf } from '../prompts/card-action';
import type { Locale } from '../domain/locale';

export const LIVE_VERBS = ['liveAnswer', 'liveEdit', 'liveRefresh'] as const;
export type LiveVerb = (typeof LIVE_VERBS)[number];

export interface LiveCardAction {
  verb: LiveVerb;
  programmeId: string;
  sessionNumber: number;
  runId: string;
  locale?: Locale;
  /** The `answer` input, as Teams sent it. */
  answer: unknown;
  /** Keys that are neither ours nor the input (identity claims included): never read, reported for logs. */
  ignoredKeys: string[];
}

const ID = /^[a-z0-9][a-z0-9-]{0,62}$/;
const RUN_ID = /^r[a-z0-9]{6,40}$/;
const KNOWN = new Set(['verb', 'programmeId', 'sessionNumber', 'runId', 'locale', 'answer']);

export function isLiveVerb(verb: unknown): verb is LiveVerb {
  return typeof verb === 'string' && (LIVE_VERBS as readonly string[]).includes(verb);
}

/**
 * Reads the data of a live card action (Action.Execute data merged with
 * the input). Undefined when it is not ours. The person never comes from
 * here: only which run, and the answer.
 */
export function parseLiveCardAction(data: unknown, executeVerb?: string): LiveCardAction | undefined {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const record = data as Record<string, unknown>;
  const verb = executeVerb ?? record.verb;
  if (!isLiveVerb(verb) || (record.verb !== undefined && record.verb !== verb)) return undefined;
  const { programmeId, sessionNumber, runId } = record;
  if (typeof programmeId !== 'string' || !ID.test(programmeId)) return undefined;
  if (typeof sessionNumber !== 'number' || !Number.isInteger(sessionNumber) || sessionNumber < 1 || sessionNumber > 999) return undefined;
  if (typeof runId !== 'string' || !RUN_ID.test(runId)) return undefined;
  return {
    verb,
    programmeId,
    sessionNumber,
    runId,
    locale: cardLocaleOf(record.locale),
    answer: record.answer,
    ignoredKeys: Object.keys(record).filter((key) => !KNOWN.has(key)),
  };
}
