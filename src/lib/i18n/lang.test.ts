import { describe, expect, it } from 'vitest';
import { readStoredLang, resolveLang } from '@/lib/i18n/lang';
import { withLang } from '@/config/paths';
import { en } from '@/lib/i18n/messages/en';
import { es } from '@/lib/i18n/messages/es';

describe('resolveLang', () => {
  it('prefers the URL, then the remembered choice, then the browser', () => {
    expect(resolveLang('es', 'en', 'en-US')).toBe('es');
    expect(resolveLang(null, 'es', 'en-US')).toBe('es');
    expect(resolveLang(null, null, 'es-MX')).toBe('es');
    expect(resolveLang(null, null, undefined)).toBe('en');
  });
  it('ignores hostile or unknown values', () => {
    expect(resolveLang('<script>', null, 'en')).toBe('en');
    expect(resolveLang('fr', null, 'en')).toBe('en');
  });
  it('survives a storage that throws or holds garbage', () => {
    const storage = (getItem: () => string) =>
      ({ getItem, setItem: () => undefined, removeItem: () => undefined }) as unknown as Storage;
    expect(readStoredLang(storage(() => '{"broken'))).toBeNull();
    expect(
      readStoredLang(
        storage(() => {
          throw new Error('SecurityError');
        }),
      ),
    ).toBeNull();
  });
});

describe('withLang', () => {
  it('adds lang only for Spanish and keeps query and hash', () => {
    expect(withLang('/timeline', 'en')).toBe('/timeline');
    expect(withLang('/timeline', 'es')).toBe('/timeline?lang=es');
    expect(withLang('/metrics/x?tab=table', 'es')).toBe('/metrics/x?tab=table&lang=es');
    expect(withLang('/about#corrections', 'es')).toBe('/about?lang=es#corrections');
  });
});

describe('message catalogs', () => {
  it('have the same keys in both languages', () => {
    const keys = (value: unknown, prefix = ''): string[] =>
      typeof value === 'object' && value !== null && !Array.isArray(value)
        ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`))
        : [prefix];
    expect(keys(es).sort()).toEqual(keys(en).sort());
  });
});
