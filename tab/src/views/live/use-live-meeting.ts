import { useCallback, useEffect, useRef, useState } from 'react';
import type { LiveMeetingView } from '../../../../bot/src/api/live-contract';
import type { LiveEndpoints } from '../../api/live-endpoints';

export const LIVE_POLL_MS = 1000;

export interface LiveMeeting {
  /** The latest state, kept while a later poll fails. */
  view?: LiveMeetingView;
  /** The last poll's failure; cleared by the next success. */
  error?: unknown;
  /** Server clock minus this browser's clock, from the last answer's `now`. */
  clockOffsetMs: number;
  /** Takes a fresher state an action returned. */
  accept(view: LiveMeetingView): void;
  /** Polls again now. */
  refresh(): void;
}

/**
 * Polls GET /api/live/meetings/:chatId every `intervalMs` while the page is
 * visible (the state lives server-side, so every open panel follows the
 * facilitator within a poll or two); stops while hidden and polls at once
 * when shown again. One request at a time.
 */
export function useLiveMeeting(live: LiveEndpoints, chatId: string, intervalMs = LIVE_POLL_MS): LiveMeeting {
  const [view, setView] = useState<LiveMeetingView>();
  const [error, setError] = useState<unknown>();
  const [clockOffsetMs, setClockOffset] = useState(0);
  const pollNow = useRef<() => void>(() => undefined);

  const accept = useCallback((next: LiveMeetingView) => {
    setView(next);
    setError(undefined);
    if (next.bound) setClockOffset(Date.parse(next.now) - Date.now());
  }, []);

  useEffect(() => {
    let stopped = false;
    let inFlight = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      if (!stopped && !document.hidden) timer = setTimeout(poll, intervalMs);
    };
    const poll = () => {
      if (stopped || inFlight || document.hidden) return;
      inFlight = true;
      live.meeting(chatId).then(
        (next) => {
          inFlight = false;
          if (stopped) return;
          accept(next);
          schedule();
        },
        (err: unknown) => {
          inFlight = false;
          if (stopped) return;
          setError(err);
          schedule();
        },
      );
    };
    const onVisibility = () => {
      if (document.hidden) clearTimeout(timer);
      else poll();
    };
    pollNow.current = () => {
      clearTimeout(timer);
      poll();
    };
    document.addEventListener('visibilitychange', onVisibility);
    poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [live, chatId, intervalMs, accept]);

  const refresh = useCallback(() => pollNow.current(), []);
  return { view, error, clockOffsetMs, accept, refresh };
}
