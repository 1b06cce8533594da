import { useCallback, useState } from 'react';

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
  const ref = useCallback((node: HTMLElement | null) => {
    if (!node) return;
    // Measured now, during React's commit, so the first paint already has the right size (a chart
    // drawn only after a later resize notification would push the content below it: layout shift).
    const now = node.getBoundingClientRect().width;
    if (now > 0) setWidth(now);
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
  }, []);
  return [ref, width];
}
