import { useSyncExternalStore } from 'react';
import { useHydrated } from '@/lib/use-hydrated';

const WIDE = '(min-width: 60rem)';

/** Whether the screen is wide enough for the axis beside the filters (false before the page is live). */
export function useWide(): boolean {
  const live = useHydrated();
  return useSyncExternalStore(
    (notify) => {
      if (typeof window.matchMedia !== 'function') return () => undefined;
      const query = window.matchMedia(WIDE);
      query.addEventListener('change', notify);
      return () => {
        query.removeEventListener('change', notify);
      };
    },
    () => live && typeof window.matchMedia === 'function' && window.matchMedia(WIDE).matches,
    // The build draws the phone layout (it knows no screen); a wide screen switches once the page is live.
    () => false,
  );
}
