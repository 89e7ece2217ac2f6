import { useCallback, useEffect, useState } from 'react';

/** The part of the URL after `#`: `/programme?programme=innovation-training&locale=sv`. */
export interface HashRoute {
  path: string;
  query: URLSearchParams;
}

export function parseHash(hash: string): HashRoute {
  const raw = hash.replace(/^#/, '') || '/';
  const [pathPart, queryPart = ''] = raw.split('?', 2);
  const path = '/' + pathPart.split('/').filter(Boolean).join('/');
  return { path, query: new URLSearchParams(queryPart) };
}

export function formatHash(path: string, query: URLSearchParams): string {
  const text = query.toString();
  return `#${path}${text ? `?${text}` : ''}`;
}

/** The current hash route, following `hashchange`. */
export function useHashRoute(): [HashRoute, (path: string, changes?: Record<string, string | undefined>) => void] {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((path: string, changes: Record<string, string | undefined> = {}) => {
    // Query values such as locale and programme are kept across views.
    const query = new URLSearchParams(parseHash(window.location.hash).query);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) query.delete(key);
      else query.set(key, value);
    }
    window.location.hash = formatHash(path, query);
  }, []);
  return [route, navigate];
}
