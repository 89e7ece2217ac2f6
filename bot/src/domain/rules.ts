import type { Prompt, Session } from './model';
import { localToInstant } from './time';

/**
 * Pure rules about where a programme stands at a moment. Times in sessions
 * and prompts are local wall-clock times in the programme's zone; `now` is
 * an instant and always passed in.
 */

export type SessionStatus = 'upcoming' | 'live' | 'ended';

type Timed = Pick<Session, 'start' | 'end'>;
type Windowed = Pick<Prompt, 'sendAt' | 'dueAt'>;

function millis(local: string, zone: string): number {
  return localToInstant(local, zone).toMillis();
}

/** upcoming before the start, live from start until (not including) the end, ended from the end on. */
export function sessionStatus(session: Timed, zone: string, now: Date): SessionStatus {
  const t = now.getTime();
  if (t < millis(session.start, zone)) return 'upcoming';
  if (t < millis(session.end, zone)) return 'live';
  return 'ended';
}

/** The earliest session that has not ended (a live one counts), or undefined when all have ended. */
export function nextSession<S extends Timed>(sessions: readonly S[], zone: string, now: Date): S | undefined {
  const t = now.getTime();
  let best: { session: S; start: number } | undefined;
  for (const session of sessions) {
    if (millis(session.end, zone) <= t) continue;
    const start = millis(session.start, zone);
    if (!best || start < best.start) best = { session, start };
  }
  return best?.session;
}

export function isPromptOpen(prompt: Windowed, zone: string, now: Date): boolean {
  const t = now.getTime();
  return millis(prompt.sendAt, zone) <= t && t < millis(prompt.dueAt, zone);
}

/** Prompts open for answers now (sendAt <= now < dueAt), soonest due first. */
export function openPrompts<P extends Windowed>(prompts: readonly P[], zone: string, now: Date): P[] {
  return prompts
    .filter((p) => isPromptOpen(p, zone, now))
    .map((p) => ({ p, due: millis(p.dueAt, zone) }))
    .sort((a, b) => a.due - b.due)
    .map(({ p }) => p);
}
