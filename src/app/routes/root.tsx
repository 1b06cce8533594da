import { lazy, Suspense, use, useEffect, useMemo, useSyncExternalStore } from 'react';
import { Link, NavLink, Outlet, useLocation, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { paths, withLang } from '@/config/paths';
import { metaQueries } from '@/features/meta/api/queries';
import { DateText } from '@/components/ui/date-text';
import { storeIssues } from '@/lib/storage';
import { QueryBoundary } from '@/components/ui/query-boundary';
import { loadCatalog } from '@/lib/i18n/catalogs';
import { I18nContext, useI18n } from '@/lib/i18n/context';
import { isLang, pageLang, storeLang } from '@/lib/i18n/lang';
import type { Lang } from '@/lib/format';

const StorageNotice = lazy(() => import('../components/storage-notice'));
// The overview's "What's new since your last visit", loaded after the page has drawn so its code,
// text and storage access stay out of the first page's JavaScript (see ../components/whats-new).
const WhatsNew = lazy(() => import('../components/whats-new'));

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
      {(['en', 'es'] as const).map((code) => (
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
  const items = [
    [paths.overview(), m.nav.overview],
    [paths.timeline(), m.nav.timeline],
    [paths.storylines(), m.nav.storylines],
    [paths.metrics(), m.nav.metrics],
    [paths.sources(), m.nav.sources],
    [paths.glossary(), m.nav.glossary],
    [paths.about(), m.nav.about],
  ] as const;
  return (
    <header className="site-header">
      <div className="header-inner">
        <Link to={withLang(paths.overview(), lang)} className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span>{m.appName}</span>
        </Link>
        <nav aria-label={m.nav.label} className="main-nav">
          <ul>
            {items.map(([to, label]) => (
              <li key={to}>
                <NavLink to={withLang(to, lang)} end={to === '/'}>
                  {label}
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
  const meta = useQuery(metaQueries.detail());
  return (
    <footer className="site-footer">
      <p>{m.tagline}</p>
      {meta.data ? (
        <p>
          {m.footer.dataset(meta.data.datasetVersion)} · {m.footer.updated}:{' '}
          <DateText iso={meta.data.lastUpdated.slice(0, 10)} />
        </p>
      ) : null}
      <p>
        {m.footer.license} <Link to={withLang(paths.about(), lang)}>{m.footer.about}</Link>
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
  const location = useLocation();
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
        {location.pathname === '/' ? (
          <div className="page">
            <QueryBoundary>
              <Suspense fallback={null}>
                <WhatsNew />
              </Suspense>
            </QueryBoundary>
          </div>
        ) : null}
      </main>
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
