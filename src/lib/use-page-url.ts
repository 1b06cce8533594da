import { useHref, useLocation } from 'react-router';
import { env } from '@/config/env';
import type { Lang } from './i18n/langs';
import { localize } from './i18n/lang';
import { useHydrated } from './use-hydrated';

const siteOrigin = () => new URL(env.siteUrl).origin;

/**
 * The current page's absolute address, without its query (a view's filters are not part of what
 * is cited) but with its language, and with `hash` when given. Drawn at build time with the site's
 * address (SITE_URL) and in the browser with the address it was opened at.
 */
export function usePageUrl(lang: Lang, hash?: string): string {
  const origin = useHydrated() ? window.location.origin : siteOrigin();
  // The router's location is already in the page's language; `lang` moves it to another.
  const path = useHref({ pathname: localize(useLocation().pathname, lang) });
  return `${origin}${path}${hash ? `#${hash}` : ''}`;
}
