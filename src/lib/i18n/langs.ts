/**
 * THE list of the languages the tracker publishes, and the locale each is formatted in. Everything
 * that depends on the language set (catalogs, feeds, pre-rendered pages, switches) reads it here.
 */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/** The language of a page whose address names none. */
export const DEFAULT_LANG: Lang = 'en';

export const LOCALES: Record<Lang, string> = { en: 'en-US', es: 'es-MX' };

export function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}
