import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../../tests/setup/memory-storage';
import { alternates, localize, pathLang, readStoredLang, suggestedLang, unlocalize } from '@/lib/i18n/lang';

describe('the language is in the address', () => {
  it('reads it from the path: /es/… is Spanish, anything else English', () => {
    expect(pathLang('/es/timeline')).toBe('es');
    expect(pathLang('/es')).toBe('es');
    expect(pathLang('/timeline')).toBe('en');
    expect(pathLang('/')).toBe('en');
    // A word that merely starts like a language is not one.
    expect(pathLang('/estimates')).toBe('en');
    expect(pathLang('/en/timeline')).toBe('en');
  });

  it('moves an address between languages, keeping its query and fragment', () => {
    expect(localize('/timeline?view=list#y2020', 'es')).toBe('/es/timeline?view=list#y2020');
    expect(localize('/', 'es')).toBe('/es');
    expect(localize('/es/events/bsca-signed', 'en')).toBe('/events/bsca-signed');
    expect(localize('/es', 'en')).toBe('/');
    expect(localize('/es/timeline', 'es')).toBe('/es/timeline');
    expect(unlocalize('/es/metrics/money')).toBe('/metrics/money');
    expect(alternates('/es/glossary')).toEqual([
      { lang: 'en', path: '/glossary' },
      { lang: 'es', path: '/es/glossary' },
    ]);
  });
});

describe('offering the reader their language', () => {
  it('offers the remembered choice, else the browser’s language, never the page’s own', () => {
    expect(suggestedLang('en', 'es', ['en-US'])).toBe('es');
    expect(suggestedLang('es', 'es', ['en-US'])).toBeNull();
    expect(suggestedLang('en', null, ['es-MX', 'en'])).toBe('es');
    expect(suggestedLang('es', null, ['fr-FR', 'en-GB'])).toBe('en');
    expect(suggestedLang('en', null, ['fr-FR'])).toBeNull();
  });

  it('reads a remembered language and ignores a corrupt one', () => {
    expect(readStoredLang(memoryStorage({ 'irt:lang': JSON.stringify({ v: 1, data: 'es' }) }))).toBe('es');
    expect(readStoredLang(memoryStorage({ 'irt:lang': '{broken' }))).toBeNull();
  });
});
