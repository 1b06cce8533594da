import { startTransition, useCallback, useLayoutEffect, useRef, useState } from 'react';
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
  const live = useHydrated();
  // As it was when this element was drawn (read by the ref below, which is set before effects run).
  const drawnLive = useRef(live);
  useLayoutEffect(() => {
    drawnLive.current = live;
  });
  const ref = useCallback(
    (node: HTMLElement | null) => {
      if (!node) return;
      // Measured now, during React's commit, so the first paint already has the right size (a chart
      // drawn only after a later resize notification would push the content below it: layout shift).
      // Hydrating, the page the build drew is already on screen at its final height: the redraw at
      // the real width is a transition then, drawn in slices with the rest of the live page.
      const now = node.getBoundingClientRect().width;
      if (now > 0 && drawnLive.current) setWidth(now);
      else if (now > 0)
        startTransition(() => {
          setWidth(now);
        });
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
    },
    [live],
  );
  return [ref, width];
}
