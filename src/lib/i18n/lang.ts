import { readStored, writeStored } from '@/lib/storage';
import { isLang, type Lang } from './langs';

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

/** Remembers the language; if the browser refuses, a notice says so and the URL still carries it. */
export function storeLang(lang: Lang, storage?: Storage): void {
  writeStored(LANG_KEY, 1, lang, storage);
}

/** The active language for this browser, given the page's `lang` URL parameter (see resolveLang). */
export function pageLang(param: string | null): Lang {
  return resolveLang(
    param,
    readStoredLang(),
    typeof navigator === 'undefined' ? undefined : navigator.language,
  );
}

/**
 * The active language: the `lang` URL parameter wins, then the remembered
 * choice, then the browser's language, then English.
 */
export function resolveLang(param: string | null, stored: Lang | null, browser: string | undefined): Lang {
  if (isLang(param)) return param;
  if (stored) return stored;
  return browser?.toLowerCase().startsWith('es') ? 'es' : 'en';
}
