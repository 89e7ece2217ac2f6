import { useCallback, useEffect, useRef, useState } from 'react';

export type Loadable<T> = { state: 'loading' } | { state: 'error'; error: unknown } | { state: 'ready'; data: T };

/** Runs `load` when `key` changes; `reload` runs it again. Stale results are dropped. */
export function useLoad<T>(load: () => Promise<T>, key: string): Loadable<T> & { reload: () => void; set: (data: T) => void } {
  const [value, setValue] = useState<Loadable<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    let current = true;
    setValue({ state: 'loading' });
    loadRef.current().then(
      (data) => current && setValue({ state: 'ready', data }),
      (error: unknown) => current && setValue({ state: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const set = useCallback((data: T) => setValue({ state: 'ready', data }), []);
  return { ...value, reload, set };
}
