import { useEffect, useState } from 'react';

/** Whole seconds until `endsAt` by the server's clock (`clockOffsetMs`), ticking every second; negative when over time. */
export function useSecondsLeft(endsAt: string | undefined, clockOffsetMs: number): number | undefined {
  const compute = () => (endsAt ? Math.round((Date.parse(endsAt) - (Date.now() + clockOffsetMs)) / 1000) : undefined);
  const [seconds, setSeconds] = useState(compute);
  useEffect(() => {
    setSeconds(compute());
    if (!endsAt) return undefined;
    const timer = setInterval(() => setSeconds(compute()), 1000);
    return () => clearInterval(timer);
    // `compute` reads only endsAt and clockOffsetMs.
  }, [endsAt, clockOffsetMs]);
  return seconds;
}

/** `12:05` (minutes:seconds) of an absolute number of seconds; hours fold into the minutes. */
export function formatClock(totalSeconds: number): string {
  const abs = Math.abs(totalSeconds);
  const minutes = Math.floor(abs / 60);
  const seconds = abs % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}
