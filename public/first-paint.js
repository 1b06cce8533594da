/*
 * Iron River Tracker: first paint. Runs before the page is drawn (a small classic script in <head>,
 * allowed by the Content-Security-Policy as the app's own file) and chooses which of the page's
 * pre-rendered versions the reader sees until the app takes over: the page in their language, or
 * the loading screen when this HTML file is not the page they asked for (a deep link served the
 * app's fallback page), the address carries view settings the pre-rendered page does not show, or
 * the page was drawn for phones and the screen is wider.
 * The language follows the app's rule (src/lib/i18n/lang.ts): the `lang` URL parameter, then the
 * remembered choice, then the browser's language, then English.
 */
(function () {
  var root = document.documentElement;
  var url = new URL(location.href);
  var param = url.searchParams.get('lang');
  var lang = param === 'en' || param === 'es' ? param : null;
  if (!lang) {
    try {
      var raw = localStorage.getItem('irt:lang');
      var stored = raw === null ? null : raw.charAt(0) === '{' ? JSON.parse(raw) : { v: 1, data: raw };
      if (stored && stored.v === 1 && (stored.data === 'en' || stored.data === 'es')) lang = stored.data;
    } catch {
      // Unreadable storage: the app reports it; the first paint follows the browser's language.
    }
  }
  if (!lang) lang = (navigator.language || '').toLowerCase().indexOf('es') === 0 ? 'es' : 'en';
  url.searchParams.delete('lang');
  // Tracking parameters of shared links say nothing about the view (src/lib/tracking.ts).
  var keys = Array.from(url.searchParams.keys());
  for (var k = 0; k < keys.length; k++)
    if (/^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid)$/.test(keys[k]))
      url.searchParams.delete(keys[k]);
  var page = root.getAttribute('data-page');
  var here = url.pathname === page && url.search === '';
  // A page drawn in its phone layout (the timeline) is shown first on phones only (as timeline.tsx's WIDE).
  if (root.hasAttribute('data-phone-only') && matchMedia('(min-width: 60rem)').matches) here = false;
  root.lang = lang;
  root.setAttribute('data-first', here ? lang : 'boot');
  // The drawn page is inert until the app replaces it. If the app has not come after 10 seconds (its
  // code could not load), the page becomes a plain page: its links work, as links do.
  setTimeout(function () {
    var drawn = document.querySelectorAll('#root > [data-first][inert]');
    for (var i = 0; i < drawn.length; i++) drawn[i].removeAttribute('inert');
  }, 10000);
})();
