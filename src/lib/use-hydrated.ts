import { createContext, startTransition, use, useEffect, useState } from 'react';

/**
 * Whether the page is live: false while it is drawn at build time and while the browser hydrates
 * that drawing, true from then on. Outside the app's shell (a component rendered on its own) it is
 * true.
 */
export const LiveContext = createContext(true);

/**
 * The shell's value of `LiveContext`. It turns true in a transition once the page has hydrated,
 * so what depends on the reader (their width, today's date, their storage, the lists the build
 * leaves out) is drawn in short slices, while the page answers input. (`useSyncExternalStore` with a server snapshot would redraw all of it at once, in one
 * long task, straight after hydration.) Client-side navigations keep the shell, so pages opened
 * later are live from their first render.
 */
export function useLiveShell(): boolean {
  // A page drawn in the browser (no HTML from the build to match) is live from its first render;
  // the build's drawing never is.
  const [live, setLive] = useState(() => typeof document !== 'undefined' && !hydrating);
  useEffect(() => {
    if (live) return;
    startTransition(() => {
      setLive(true);
    });
  }, [live]);
  return live;
}

let hydrating = false;

/** Says the app is about to hydrate the page the build drew (`hydrateRoot`), before it renders. */
export function willHydrate(): void {
  hydrating = true;
}

/**
 * False while the page is drawn at build time and while the browser hydrates that drawing, true
 * from then on (and from the start of a page drawn in the browser). For what the build cannot draw
 * (charts measured in the reader's browser) or should not put in the page's HTML (long lists): a
 * placeholder of the same size first, the real thing once the page is live.
 */
export function useHydrated(): boolean {
  return use(LiveContext);
}
