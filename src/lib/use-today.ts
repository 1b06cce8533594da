import { useHydrated } from './use-hydrated';

const today = () => new Date().toISOString().slice(0, 10);
// Read once per page, so a later render does not move it.
let pageNow: number | undefined;
const now = () => (pageNow ??= Date.now());

/**
 * Today's date (YYYY-MM-DD, UTC) in the browser, and `fallback` where there is no reader's clock
 * (the build-time render, and hydrating the page it drew), so the page drawn at build time and the
 * page hydrated agree; the reader's date follows once the page is live.
 */
export function useToday(fallback: string): string {
  return useHydrated() ? today() : fallback;
}

/** The time now (ms), read once per page, with the same fallback rule as `useToday`. */
export function useNow(fallback: number): number {
  return useHydrated() ? now() : fallback;
}
