import { useSyncExternalStore } from 'react';
import { useHref, useLocation } from 'react-router';
import { env } from '@/config/env';
import { withLang } from '@/config/paths';
import type { Lang } from './i18n/langs';

const noSubscription = () => () => undefined;
const browserOrigin = () => window.location.origin;
const siteOrigin = () => new URL(env.siteUrl).origin;

/**
 * The current page's absolute address, without its query (a view's filters are not part of what
 * is cited) but with its language, and with `hash` when given. Drawn at build time with the site's
 * address (SITE_URL) and in the browser with the address it was opened at.
 */
export function usePageUrl(lang: Lang, hash?: string): string {
  const origin = useSyncExternalStore(noSubscription, browserOrigin, siteOrigin);
  const path = useHref({ pathname: useLocation().pathname });
  return withLang(`${origin}${path}${hash ? `#${hash}` : ''}`, lang);
}
