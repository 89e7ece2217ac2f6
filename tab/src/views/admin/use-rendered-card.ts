import { useEffect, useRef, type RefObject } from 'react';

/**
 * Draws `card` (Adaptive Card JSON) into `host` with the official renderer,
 * loaded on demand, again whenever the card or the theme changes. A card
 * the renderer refuses is reported through `onError`.
 */
export function useRenderedCard(
  host: RefObject<HTMLElement | null>,
  card: Record<string, unknown> | undefined,
  dark: boolean,
  onError: (error: unknown) => void,
): void {
  const report = useRef(onError);
  report.current = onError;
  useEffect(() => {
    const target = host.current;
    if (!card || !target) return;
    let current = true;
    import('./adaptive-card').then(
      ({ renderAdaptiveCard }) => {
        if (!current) return;
        try {
          target.replaceChildren(renderAdaptiveCard(card, { dark }));
        } catch (error) {
          report.current(error);
        }
      },
      (error: unknown) => current && report.current(error),
    );
    return () => {
      current = false;
    };
  }, [host, card, dark]);
}
