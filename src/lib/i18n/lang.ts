import { readStored, writeStored } from '@/lib/storage';
import { DEFAULT_LANG, isLang, LANGS, type Lang } from './langs';

export { isLang };
export const LANG_KEY = 'irt:lang';

const asLang = (value: unknown): Lang | null => (isLang(value) ? value : null);

/**
 * The remembered language; null if none. A corrupt value is set aside with a
 * notice; a value from before the versioned format (plain `en`/`es`) is read.
 */
export function readStoredLang(storage?: Storage): Lang | null {
  return readStored(LANG_KEY, 1, asLang, undefined, storage, asLang);
}

/** Remembers the reader's choice of language (to offer it on pages in another language, never to switch). */
export function storeLang(lang: Lang, storage?: Storage): void {
  writeStored(LANG_KEY, 1, lang, storage);
}

/**
 * The language a page is in, from its address: `/es/…` is Spanish, anything else the default
 * language (English). The address alone decides, so a shared link shows what the sender saw.
 * `pathname` is relative to the site's base.
 */
export function pathLang(pathname: string): Lang {
  const first = pathname.split('/')[1] ?? '';
  return first !== DEFAULT_LANG && isLang(first) ? first : DEFAULT_LANG;
}

/** An address without its language prefix (`/es/timeline` → `/timeline`, `/es` → `/`). */
export function unlocalize(pathname: string): string {
  const lang = pathLang(pathname);
  if (lang === DEFAULT_LANG) return pathname || '/';
  return pathname.slice(lang.length + 1) || '/';
}

/**
 * An in-app address (`/timeline?view=list#x`, relative to the base) in `lang`: the default language
 * has no prefix, the others theirs (`/es/timeline?view=list#x`, `/es` for the overview). An address
 * already in a language is moved to `lang`.
 */
export function localize(href: string, lang: Lang): string {
  const cut = href.search(/[?#]/);
  const path = cut === -1 ? href : href.slice(0, cut);
  const rest = cut === -1 ? '' : href.slice(cut);
  if (!path.startsWith('/')) return href;
  const bare = unlocalize(path);
  if (lang === DEFAULT_LANG) return `${bare}${rest}`;
  return `/${lang}${bare === '/' ? '' : bare}${rest}`;
}

/** The same page in every language, for language switches and `hreflang` alternates. */
export function alternates(pathname: string): { lang: Lang; path: string }[] {
  return LANGS.map((lang) => ({ lang, path: localize(pathname, lang) }));
}

/**
 * The language to offer a reader on this page, if any: their remembered choice, else their
 * browser's language, when it is one the tracker publishes and not the page's own. Never used to
 * switch by itself.
 */
export function suggestedLang(page: Lang, stored: Lang | null, browser: readonly string[]): Lang | null {
  if (stored) return stored === page ? null : stored;
  const preferred = browser.map((b) => b.toLowerCase().split('-')[0]).find(isLang);
  return preferred && preferred !== page ? preferred : null;
}
