import { useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;
const today = () => new Date().toISOString().slice(0, 10);

/**
 * Today's date (YYYY-MM-DD, UTC) in the browser, and `fallback` where there is no reader's clock
 * (the build-time render), so the page drawn at build time and the page hydrated agree.
 */
export function useToday(fallback: string): string {
  return useSyncExternalStore(noSubscription, today, () => fallback);
}
