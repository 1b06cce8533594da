import { startTransition, useCallback, useState } from 'react';
import { useHydrated } from './use-hydrated';

/**
 * Rendering without a browser (the build-time first paint), charts are drawn this wide: narrower
 * than a card on a phone or in the desktop grid, so never overflowing it, and the page already has
 * its final height before the app measures the real width.
 */
const WIDTH_WITHOUT_BROWSER = 300;

/** Width of an element, followed as it resizes. */
export function useWidth(): [(node: HTMLElement | null) => void, number] {
  // The same on the build and in the browser's first render, so hydration matches; measured at once.
  const [width, setWidth] = useState(WIDTH_WITHOUT_BROWSER);
  // While the browser hydrates the build's drawing (already on screen, at the width above), the
  // measured width follows in a transition: drawn in short slices with the rest of what the live
  // page adds, rather than as one long task straight after hydration.
  const live = useHydrated();
  const ref = useCallback(
    (node: HTMLElement | null) => {
      if (!node) return;
      // Measured now, during React's commit, so a page drawn in the browser has the right size at
      // its first paint (a chart drawn only after a later resize notification would push the content
      // below it: layout shift).
      const now = node.getBoundingClientRect().width;
      if (now > 0) {
        if (live) setWidth(now);
        else
          startTransition(() => {
            setWidth(now);
          });
      }
      if (typeof ResizeObserver === 'undefined') {
        setWidth(node.clientWidth || 600);
        return;
      }
      const observer = new ResizeObserver(([entry]) => {
        if (entry) setWidth(entry.contentRect.width);
      });
      observer.observe(node);
      return () => {
        observer.disconnect();
      };
      // Attached again once the page is live (measured again: the same width, nothing redrawn).
    },
    [live],
  );
  return [ref, width];
}
