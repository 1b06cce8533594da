/** Stands in for vite-plugin-pwa's `virtual:pwa-register` in tests (the app registers only in production). */
export function registerSW(): (reload?: boolean) => Promise<void> {
  return () => Promise.resolve();
}
