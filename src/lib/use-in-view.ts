import { useCallback, useState } from 'react';
import { flushSync } from 'react-dom';

/** The share of an element in the window that counts as seen. */
const SEEN = 0.25;

/**
 * Whether a quarter of an element has come into the window (and stays true from then on), or the
 * page is being printed. For work a reader may never scroll to: a panel's chart on a phone starts below the fold,
 * and drawing it (Recharts' first commit is the page's longest task) would hold up the first load for
 * nothing. A browser without IntersectionObserver counts everything as in view.
 */
export function useInView(): [(node: Element | null) => void, boolean] {
  const [inView, setInView] = useState(false);
  const ref = useCallback((node: Element | null) => {
    if (!node) return;
    if (typeof IntersectionObserver === 'undefined') {
      setInView(true);
      return;
    }
    // A quarter, not a pixel: a chart whose top edge peeps above a phone's fold is not yet read.
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting && e.intersectionRatio >= SEEN)) return;
        setInView(true);
        stop();
      },
      { threshold: SEEN },
    );
    // A printout carries what the screen has not shown yet: drawn before the print is laid out.
    const print = () => {
      flushSync(() => {
        setInView(true);
      });
      stop();
    };
    function stop() {
      observer.disconnect();
      window.removeEventListener('beforeprint', print);
    }
    observer.observe(node);
    window.addEventListener('beforeprint', print);
    return stop;
  }, []);
  return [ref, inView];
}
