import { useSyncExternalStore } from 'react';

/**
 * Offline support (production builds only): registers the service worker the build writes from
 * src/sw.ts. When a new version is waiting, whether it was found now or was already waiting when
 * the page loaded (workbox-window reports both), the reader is offered a reload. Never registered
 * in development, where MSW owns the service worker.
 */
let update: (() => void) | null = null;
const listeners = new Set<() => void>();

export function registerOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  void import('virtual:pwa-register').then(({ registerSW }) => {
    const reload = registerSW({
      immediate: true,
      onNeedRefresh() {
        update = () => void reload(true);
        for (const listener of listeners) listener();
      },
      onRegisterError(error: unknown) {
        console.warn('[iron-river] offline support unavailable', error);
      },
    });
  });
}

/** The reload that brings in a waiting version, or null while there is none. */
export function useWaitingUpdate(): (() => void) | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => update,
    () => null,
  );
}
