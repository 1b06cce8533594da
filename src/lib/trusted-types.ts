/**
 * Trusted Types (the Content-Security-Policy's `require-trusted-types-for 'script'`): the browser's
 * script sinks (`innerHTML`, a script's `src`, the URL of a worker or a service worker) take only
 * values a policy made. The app writes no HTML; it starts two scripts by URL, its data worker and
 * its service worker, both its own files. The one policy, `default` (the only one the CSP allows),
 * lets through script URLs of this origin and nothing else: anything else is blocked and reported.
 */
interface TrustedTypesFactory {
  defaultPolicy: unknown;
  createPolicy(name: string, rules: { createScriptURL: (url: string) => string | null }): unknown;
}

/** Whether a script URL is one of the app's own (same origin as the page). */
export function isOwnScript(url: string, page: string): boolean {
  try {
    return new URL(url, page).origin === new URL(page).origin;
  } catch {
    return false;
  }
}

export function installTrustedTypes(): void {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory || factory.defaultPolicy) return;
  factory.createPolicy('default', {
    createScriptURL: (url) => (isOwnScript(url, location.href) ? url : null),
  });
}
