import { LOCALES, type Locale } from '../domain/locale';

/**
 * The data our prompt cards send back, from an Action.Execute invoke
 * (`value.action.verb` + `value.action.data`) or an Action.Submit message
 * (`value`, with `verb` inside). Inputs are merged into the data by Teams.
 * Pure: the Teams layer passes plain objects in.
 */

export const CARD_VERBS = ['answerPrompt', 'editAnswer', 'openPrompt'] as const;
export type CardVerb = (typeof CARD_VERBS)[number];

export interface CardAction {
  verb: CardVerb;
  programmeId: string;
  promptId: string;
  /** The stored answer's version an edit card was built from. */
  baseVersion?: string;
  /**
   * The language the card was written in. Display only, never identity or
   * access: the card that replaces it may be written in it without reading
   * the person (see card-action-turn). Absent when missing or not ours.
   */
  locale?: Locale;
  /** Everything else: the `q_*` inputs, and any unknown key (rejected by validation). */
  inputs: Record<string, unknown>;
  /** Identity-looking keys found in the data: never used (the person comes from the activity), reported for logs. */
  ignoredIdentityKeys: string[];
}

/** `ref`: the conversation tag the bot put into the card (cards/conversation-tag.ts); read by the Teams layer only. */
const META_KEYS = new Set(['verb', 'programmeId', 'promptId', 'baseVersion', 'locale', 'ref']);

/**
 * Keys that claim who is answering. The person always comes from the
 * activity, so these are dropped and never read; other unknown keys are
 * kept in `inputs`, where validation rejects them.
 */
const IDENTITY_KEYS = new Set(['person', 'personId', 'tenantId', 'objectId', 'aadObjectId', 'userId', 'from', 'upn', 'email']);

const ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/** One of our locales, or undefined (a missing or forged value is ignored, not an error: it only picks a language). */
export function cardLocaleOf(value: unknown): Locale | undefined {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value) ? (value as Locale) : undefined;
}

function isVerb(value: unknown): value is CardVerb {
  return typeof value === 'string' && (CARD_VERBS as readonly string[]).includes(value);
}

/**
 * Reads our card data. `verb` is the Action.Execute verb when there is one
 * (the data's `verb`, if present, must agree). Returns undefined when it is
 * not our prompt data.
 */
export function parseCardAction(data: unknown, executeVerb?: string): CardAction | undefined {
  if (!isRecord(data)) return undefined;
  const verb = executeVerb ?? data.verb;
  if (!isVerb(verb) || (data.verb !== undefined && data.verb !== verb)) return undefined;
  const { programmeId, promptId, baseVersion } = data;
  if (typeof programmeId !== 'string' || typeof promptId !== 'string' || !ID.test(programmeId) || !ID.test(promptId)) return undefined;
  if (baseVersion !== undefined && (typeof baseVersion !== 'string' || baseVersion.length === 0 || baseVersion.length > 200))
    return undefined;

  const inputs: Record<string, unknown> = {};
  const ignoredIdentityKeys: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (META_KEYS.has(key)) continue;
    if (IDENTITY_KEYS.has(key)) ignoredIdentityKeys.push(key);
    else inputs[key] = value;
  }
  const locale = cardLocaleOf(data.locale);
  return {
    verb,
    programmeId,
    promptId,
    ...(baseVersion !== undefined ? { baseVersion } : {}),
    ...(locale ? { locale } : {}),
    inputs,
    ignoredIdentityKeys,
  };
}

/** The data to send the same submission again (the try-again card's retry action): only strings, as Teams sends them. */
export function retryDataOf(action: CardAction): Record<string, string> {
  const data: Record<string, string> = { programmeId: action.programmeId, promptId: action.promptId };
  if (action.baseVersion) data.baseVersion = action.baseVersion;
  if (action.locale) data.locale = action.locale;
  for (const [key, value] of Object.entries(action.inputs)) {
    if (key.startsWith('q_') && (typeof value === 'string' || typeof value === 'number')) data[key] = String(value);
  }
  return data;
}
