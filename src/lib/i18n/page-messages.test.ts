import { createElement, Suspense } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { I18nContext } from './context';
import { en } from './messages/en';
import { loaderLang, pageMessages, UNLOADED } from './page-messages';
import type { Lang } from './langs';

interface Texts {
  hello: string;
}

function texts() {
  const loaders = {
    en: vi.fn(() => Promise.resolve({ default: { hello: 'Hello' } satisfies Texts })),
    es: vi.fn(() => Promise.resolve({ default: { hello: 'Hola' } satisfies Texts })),
  };
  return { loaders, ...pageMessages<Texts>('test', loaders) };
}

/** Draws `useTexts()` in `lang` as the server would: the text, or the fallback if it suspended. */
function draw(useTexts: () => Texts, lang: Lang): string {
  function Probe() {
    return useTexts().hello;
  }
  return renderToString(
    createElement(
      I18nContext,
      { value: { lang, m: en } },
      createElement(Suspense, { fallback: 'loading' }, createElement(Probe)),
    ),
  );
}

describe('page messages, one module per language', () => {
  it('loads only the language asked for, once', async () => {
    const { loaders, load } = texts();
    const first = load('es');
    expect(load('es')).toBe(first);
    expect(await first).toEqual({ hello: 'Hola' });
    expect(loaders.es).toHaveBeenCalledTimes(1);
    expect(loaders.en).not.toHaveBeenCalled();
  });

  it('reads loaded texts synchronously, in the page language, without suspending', async () => {
    const { load, use } = texts();
    await load('es');
    const drawn = draw(use, 'es');
    expect(drawn).toContain('Hola');
    expect(drawn).not.toContain('loading');
    // Not loaded first (no loader awaited it): the page suspends rather than show another language,
    // and development says which texts its route's loader forgot.
    const report = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(draw(use, 'en')).toContain('loading');
    expect(report).toHaveBeenCalledWith(expect.stringContaining(`${UNLOADED}: "test" (en)`));
    report.mockRestore();
  });

  it('tries a failed download again on the next load', async () => {
    const loaders = {
      en: vi
        .fn<() => Promise<{ default: Texts }>>()
        .mockRejectedValueOnce(new Error('offline'))
        .mockResolvedValue({ default: { hello: 'Hello' } }),
      es: () => Promise.resolve({ default: { hello: 'Hola' } }),
    };
    const { load } = pageMessages<Texts>('test', loaders);
    await expect(load('en')).rejects.toThrow('offline');
    expect(await load('en')).toEqual({ hello: 'Hello' });
    expect(loaders.en).toHaveBeenCalledTimes(2);
  });

  it("takes a loader's language from the route pattern it matched", () => {
    expect(loaderLang({ pattern: 'es/about' })).toBe('es');
    expect(loaderLang({ pattern: 'es' })).toBe('es');
    expect(loaderLang({ pattern: '/es/events/:id' })).toBe('es');
    expect(loaderLang({ pattern: 'es/*' })).toBe('es');
    expect(loaderLang({ pattern: 'about' })).toBe('en');
    expect(loaderLang({ pattern: '/' })).toBe('en');
    expect(loaderLang({ pattern: 'estimates' })).toBe('en');
  });
});
