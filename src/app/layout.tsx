import { lazy, Suspense, use, useEffect, useMemo, useSyncExternalStore } from 'react';
import { queries } from '@/data/queries';
import { Link, NavLink, Outlet, useLocation, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { href, withLang } from '@/config/paths';
import { NAV_ROUTES } from '@/config/routes';
import { DateText } from '@/components/ui/date-text';
import { storeIssues } from '@/lib/storage';
import { useWaitingUpdate } from './offline';
import { loadCatalog } from '@/lib/i18n/catalogs';
import { I18nContext, useI18n } from '@/lib/i18n/context';
import { isLang, pageLang, storeLang } from '@/lib/i18n/lang';
import { LANGS, type Lang } from '@/lib/i18n/langs';

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
  const issues = useSyncExternalStore(storeIssues.subscribe, storeIssues.get, storeIssues.none);
  return issues.length > 0 ? (
    <Suspense fallback={null}>
      <StorageNotice />
    </Suspense>
  ) : null;
}

function LanguageSwitch() {
  const { lang, m } = useI18n();
  const location = useLocation();
  const [params] = useSearchParams();
  const hrefFor = (next: Lang) => {
    const copy = new URLSearchParams(params);
    if (next === 'en') copy.delete('lang');
    else copy.set('lang', next);
    const search = copy.toString();
    return `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
  };
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

function Header() {
  const { lang, m } = useI18n();
  return (
    <header className="site-header">
      <div className="header-inner">
        <Link to={withLang(href('overview'), lang)} className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span>{m.appName}</span>
        </Link>
        <nav aria-label={m.nav.label} className="main-nav">
          <ul>
            {NAV_ROUTES.map((route) => (
              <li key={route.id}>
                <NavLink to={withLang(href(route.id), lang)} end={route.path === ''}>
                  {m.nav[route.id]}
                </NavLink>
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
  const { lang, m } = useI18n();
  const meta = useQuery(queries.meta());
  return (
    <footer className="site-footer">
      <p>{m.tagline}</p>
      {meta.data ? (
        <p>
          {m.footer.dataset(meta.data.datasetVersion)} · {m.footer.updated}:{' '}
          <DateText iso={meta.data.lastUpdated.slice(0, 10)} /> ·{' '}
          <Link to={withLang(href('changes'), lang)}>{m.footer.changes}</Link> ·{' '}
          <Link to={withLang(href('codebook'), lang)}>{m.footer.codebook}</Link>
        </p>
      ) : null}
      <p>
        {m.footer.license} <Link to={withLang(href('about'), lang)}>{m.footer.about}</Link>
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
  const [params] = useSearchParams();
  const param = params.get('lang');
  const lang = pageLang(param);
  // Suspends (showing the boot screen) only the first time a non-English catalog is needed.
  const messages = use(loadCatalog(lang));
  const i18n = useMemo(() => ({ lang, m: messages }), [lang, messages]);

  useEffect(() => {
    document.documentElement.lang = lang;
    if (isLang(param)) storeLang(param);
  }, [lang, param]);

  return (
    <I18nContext value={i18n}>
      <a className="skip-link" href="#main">
        {i18n.m.skipLink}
      </a>
      <Header />
      <StorageProblems />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <UpdatePrompt />
      <Footer />
    </I18nContext>
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
