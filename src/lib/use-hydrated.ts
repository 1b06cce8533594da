import { useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

/**
 * False while the page is drawn at build time and while the browser hydrates that drawing, true
 * from then on (and from the start of a page drawn in the browser). For what the build cannot draw
 * (charts measured in the reader's browser) or should not put in the page's HTML (long lists): a
 * placeholder of the same size first, the real thing once the page is live.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
