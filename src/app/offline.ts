/**
 * Offline support (production builds only): registers the service worker the build writes
 * (`sw.js`, see vite.config.ts), which keeps the app and its dataset so a visited tracker works
 * without a network. When a new version has been fetched, `onUpdate` is told, so the reader can
 * be offered a reload. Never registered in development, where MSW owns the service worker.
 */
export function registerOffline(base: string, onUpdate: (reload: () => void) => void): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker
    .register(`${base}sw.js`, { scope: base })
    .then((registration) => {
      registration.addEventListener('updatefound', () => {
        const next = registration.installing;
        next?.addEventListener('statechange', () => {
          // A first install is not an update; an installed worker beside a controlling one is.
          if (next.state === 'installed' && navigator.serviceWorker.controller)
            onUpdate(() => {
              next.postMessage('skip-waiting');
              navigator.serviceWorker.addEventListener('controllerchange', () => {
                window.location.reload();
              });
            });
        });
      });
    })
    .catch((error: unknown) => {
      console.warn('[iron-river] offline support unavailable', error);
    });
}

const text = {
  en: { available: 'A new version of the tracker is ready.', reload: 'Reload' },
  es: { available: 'Hay una nueva versión del rastreador.', reload: 'Recargar' },
};

/** Offers the reload in a small banner (plain DOM: this module loads after the app, on its own). */
export function offerReload(reload: () => void): void {
  const t = document.documentElement.lang === 'es' ? text.es : text.en;
  const banner = document.createElement('div');
  banner.className = 'update-banner';
  banner.setAttribute('role', 'status');
  const message = document.createElement('span');
  message.textContent = t.available;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button small';
  button.textContent = t.reload;
  button.addEventListener('click', reload);
  banner.append(message, ' ', button);
  document.body.append(banner);
}
