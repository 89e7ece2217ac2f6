/**
 * What a person asked for, from typed text (after the @mention is removed)
 * or from an Action.Submit `value`. Pure: no SDK.
 */
export type Command =
  | { kind: 'help' }
  | { kind: 'agenda' }
  | { kind: 'prompts' }
  | { kind: 'join'; code: string }
  | { kind: 'joinWithoutCode' }
  | { kind: 'language'; locale?: 'sv' | 'en' }
  | { kind: 'unknown' };

const WORDS: Record<string, Command> = {
  hjälp: { kind: 'help' },
  hjalp: { kind: 'help' },
  help: { kind: 'help' },
  agenda: { kind: 'agenda' },
  nästa: { kind: 'agenda' },
  nasta: { kind: 'agenda' },
  next: { kind: 'agenda' },
  uppgifter: { kind: 'prompts' },
  prompts: { kind: 'prompts' },
};

const JOIN = /^(?:gå med|ga med|join)(?:\s+(.*))?$/;
const LANGUAGE = /^(?:språk|sprak|language)(?:\s+(.*))?$/;
const LANGUAGE_WORDS: Record<string, 'sv' | 'en'> = { sv: 'sv', svenska: 'sv', swedish: 'sv', en: 'en', engelska: 'en', english: 'en' };

export function parseText(text: string | undefined): Command {
  const normalized = (text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!?]+$/, '');
  const lower = normalized.toLowerCase();
  if (lower in WORDS) return WORDS[lower];
  const join = JOIN.exec(lower);
  if (join) {
    // The code keeps what the person typed (the repository compares case-insensitively).
    const code = normalized.slice(normalized.length - (join[1]?.length ?? 0)).trim();
    return code ? { kind: 'join', code } : { kind: 'joinWithoutCode' };
  }
  const language = LANGUAGE.exec(lower);
  if (language) return { kind: 'language', locale: LANGUAGE_WORDS[language[1]?.trim() ?? ''] };
  return { kind: 'unknown' };
}

/** Action.Submit data from our cards: `{ command: 'agenda' | 'prompts' | 'help' }`. */
export function parseSubmit(value: unknown): Command | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const command = (value as Record<string, unknown>).command;
  if (command === 'agenda' || command === 'prompts' || command === 'help') return { kind: command };
  return undefined;
}

/** A join code as programmes define them: letters, digits, `-` and `_`. */
export function isPlausibleJoinCode(code: string): boolean {
  return /^[\p{L}\p{N}_-]{2,40}$/u.test(code);
}
