import type { Lang } from '@/lib/format';

export const LANGS = ['en', 'es'] as const satisfies readonly Lang[];
const STORAGE_KEY = 'irt:lang';

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'es';
}

/** Reads the remembered language; a missing, blocked or corrupt store yields null. */
export function readStoredLang(storage: Pick<Storage, 'getItem'> | undefined): Lang | null {
  try {
    const value = storage?.getItem(STORAGE_KEY);
    return isLang(value) ? value : null;
  } catch {
    return null;
  }
}

export function storeLang(storage: Pick<Storage, 'setItem'> | undefined, lang: Lang): void {
  try {
    storage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Storage can be full or disabled; the URL still carries the choice.
  }
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
