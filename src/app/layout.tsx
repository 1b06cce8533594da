import { lazy, Suspense, use, useEffect, useMemo, useState } from 'react';
import { queries } from '@/data/queries';
import { Link, Outlet, useLocation } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { href } from '@/config/paths';
import { AppLink, AppNavLink } from '@/components/ui/app-link';
import { NAV_ROUTES } from '@/config/routes';
import { DateText } from '@/components/ui/date-text';
import { storeIssues } from '@/lib/storage';
import { useWaitingUpdate } from './offline';
import { loadCatalog } from '@/lib/i18n/catalogs';
import { I18nContext, useI18n } from '@/lib/i18n/context';
import { localize, pathLang, readStoredLang, storeLang, suggestedLang } from '@/lib/i18n/lang';
import { LANGS, type Lang } from '@/lib/i18n/langs';
import { LiveContext, useHydrated, useLiveShell } from '@/lib/use-hydrated';

const StorageNotice = lazy(() => import('./components/storage-notice'));

/** Offers the reload that brings in a new version of the tracker, once one is waiting. */
function UpdatePrompt() {
  const { m } = useI18n();
  const reload = useWaitingUpdate();
  if (!reload) return null;
  return (
    <div className="update-banner" role="status">
      <span>{m.offline.available}</span>{' '}
      <button type="button" className="button small" onClick={reload}>
        {m.offline.reload}
      </button>
    </div>
  );
}

/** A notice when browser storage could not be read or written (loaded only then). */
function StorageProblems() {
  // Read after mounting and on every report (settings are read before and while the page turns
  // live), never from a render that hydration may replay with the build's empty snapshot.
  const [issues, setIssues] = useState(storeIssues.none);
  useEffect(() => {
    const update = () => {
      setIssues(storeIssues.get());
    };
    const unsubscribe = storeIssues.subscribe(update);
    queueMicrotask(update);
    return unsubscribe;
  }, []);
  return issues.length > 0 ? (
    <Suspense fallback={null}>
      <StorageNotice />
    </Suspense>
  ) : null;
}

/** This page in another language: the same path, query and fragment. */
function useOtherLanguage(): (next: Lang) => string {
  const location = useLocation();
  return (next) => localize(`${location.pathname}${location.search}${location.hash}`, next);
}

function LanguageSwitch() {
  const { lang, m } = useI18n();
  const hrefFor = useOtherLanguage();
  return (
    <nav className="lang-switch" aria-label={m.language.label}>
      {LANGS.map((code) => (
        <Link
          key={code}
          to={hrefFor(code)}
          lang={code}
          hrefLang={code}
          aria-current={code === lang ? 'true' : undefined}
          onClick={() => {
            storeLang(code);
          }}
        >
          {m.language[code]}
        </Link>
      ))}
    </nav>
  );
}

/**
 * When the reader's remembered language, or their browser's, is not this page's, the other version
 * is one click away. Never a switch by itself: a shared link shows what the sender saw. (Drawn once
 * the page has hydrated: the build knows nothing of the reader.)
 */
function LanguageOffer() {
  const { lang } = useI18n();
  const hrefFor = useOtherLanguage();
  const live = useHydrated();
  const [dismissed, setDismissed] = useState(false);
  const offer = live ? suggestedLang(lang, readStoredLang(), navigator.languages) : null;
  if (!offer || dismissed) return null;
  const [label, text, link, dismiss] = LANGUAGE_OFFER[offer];
  return (
    <aside className="language-offer" lang={offer} aria-label={label}>
      <p>
        <span className="offer-text">{text}</span>{' '}
        <Link
          to={hrefFor(offer)}
          hrefLang={offer}
          onClick={() => {
            storeLang(offer);
          }}
        >
          {link}
        </Link>{' '}
        <button
          type="button"
          className="button small secondary"
          onClick={() => {
            storeLang(lang);
            setDismissed(true);
          }}
        >
          {dismiss}
        </button>
      </p>
    </aside>
  );
}

/** The offer is written in the language it offers (the reader may not read the page's). */
const LANGUAGE_OFFER: Record<Lang, [string, string, string, string]> = {
  en: ['In English', 'This page is also in English.', 'Read it in English', 'Stay in Spanish'],
  es: ['En español', 'Esta página también está en español.', 'Leerla en español', 'Seguir en inglés'],
};

function Header() {
  const { m } = useI18n();
  return (
    <header className="site-header">
      <div className="header-inner">
        <AppLink to={href('overview')} className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span>{m.appName}</span>
        </AppLink>
        <nav aria-label={m.nav.label} className="main-nav">
          <ul>
            {NAV_ROUTES.map((route) => (
              <li key={route.id}>
                <AppNavLink to={href(route.id)} end={route.path === ''}>
                  {m.nav[route.id]}
                </AppNavLink>
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitch />
      </div>
    </header>
  );
}

function Footer() {
  const { m } = useI18n();
  const meta = useQuery(queries.meta());
  return (
    <footer className="site-footer">
      <p>{m.tagline}</p>
      {meta.data ? (
        <p>
          {m.footer.dataset(meta.data.datasetVersion)} · {m.footer.updated}:{' '}
          <DateText iso={meta.data.lastUpdated.slice(0, 10)} /> ·{' '}
          <AppLink to={href('changes')}>{m.footer.changes}</AppLink> ·{' '}
          <AppLink to={href('codebook')}>{m.footer.codebook}</AppLink>
        </p>
      ) : null}
      <p>
        {m.footer.license} <AppLink to={href('about')}>{m.footer.about}</AppLink>
      </p>
    </footer>
  );
}

/** The shell: skip link, header with navigation and language, the page, and the footer. */
export function Layout() {
  return (
    <Suspense fallback={<BootFallback />}>
      <Shell />
    </Suspense>
  );
}

function Shell() {
  // The address decides the language (`/es/…` is Spanish).
  const lang = pathLang(useLocation().pathname);
  // Suspends (showing the boot screen) only the first time a non-English catalog is needed.
  const messages = use(loadCatalog(lang));
  const i18n = useMemo(() => ({ lang, m: messages }), [lang, messages]);

  useEffect(() => {
    // Only when it changes: setting it, even to the same value, restyles every element on the page
    // (the `:lang()` state of each is invalidated), several ms on the timeline's first frame.
    if (document.documentElement.lang !== lang) document.documentElement.lang = lang;
  }, [lang]);
  const live = useLiveShell();
  // The page is the app's from here on (hydrated, or drawn in the browser): its buttons work, and
  // it is drawn as it stays (what waited for the page to be live, such as the rest of a long list,
  // is in; set at hydration instead, a tap a moment later could land where the list then grew).
  useEffect(() => {
    if (live) document.documentElement.dataset.live = '';
  }, [live]);

  return (
    <LiveContext value={live}>
      <I18nContext value={i18n}>
        <a className="skip-link" href="#main">
          {i18n.m.skipLink}
        </a>
        <Header />
        <LanguageOffer />
        <StorageProblems />
        <main id="main" tabIndex={-1}>
          <Outlet />
        </main>
        <UpdatePrompt />
        <Footer />
      </I18nContext>
    </LiveContext>
  );
}

/** Shown while the first page's code and data arrive. */
export function BootFallback() {
  return (
    <div className="boot" role="status" aria-live="polite">
      <progress aria-label="Loading / Cargando" />
      <span>Iron River Tracker</span>
    </div>
  );
}

/** Last-resort boundary: a plain message and a reload, never a stack trace. */
export function RootError() {
  return (
    <main className="boot" role="alert">
      <h1>Something went wrong / Algo salió mal</h1>
      <p>
        <a href=".">Reload / Recargar</a>
      </p>
    </main>
  );
}
