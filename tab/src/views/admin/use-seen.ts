import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether `target` has come near the viewport yet (and stays true once it
 * has), so work for parts of a long page, such as card previews, waits
 * until someone scrolls to them. Without IntersectionObserver: at once.
 */
export function useSeen(target: RefObject<HTMLElement | null>, rootMargin = '300px'): boolean {
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const element = target.current;
    if (seen || !element) return;
    if (typeof IntersectionObserver === 'undefined') {
      setSeen(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setSeen(true);
          observer.disconnect();
        }
      },
      { rootMargin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [target, seen, rootMargin]);
  return seen;
}
