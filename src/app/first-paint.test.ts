import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { readStoredLang, resolveLang } from '@/lib/i18n/lang';
import { isTrackingParam } from '@/lib/tracking';

/**
 * public/first-paint.js picks the first paint's language before the app loads; the app then
 * resolves it with src/lib/i18n/lang.ts. They must agree, or the page would switch language as
 * the app takes over.
 */
const script = readFileSync('public/first-paint.js', 'utf8');

interface Visit {
  href: string;
  stored?: string | null;
  browser?: string;
  page?: string;
  phoneOnly?: boolean;
  wide?: boolean;
  storageThrows?: boolean;
}

function firstPaint(visit: Visit) {
  const attributes = new Map<string, string>([['data-page', visit.page ?? '/']]);
  if (visit.phoneOnly) attributes.set('data-phone-only', '');
  const root = {
    lang: 'en',
    getAttribute: (name: string) => attributes.get(name) ?? null,
    hasAttribute: (name: string) => attributes.has(name),
    setAttribute: (name: string, value: string) => attributes.set(name, value),
  };
  const storage = {
    getItem: (key: string) => {
      if (visit.storageThrows) throw new Error('blocked');
      return key === 'irt:lang' ? (visit.stored ?? null) : null;
    },
  };
  runInNewContext(script, {
    document: { documentElement: root },
    location: { href: visit.href },
    localStorage: storage,
    navigator: { language: visit.browser ?? 'en-US' },
    matchMedia: () => ({ matches: visit.wide ?? false }),
    URL,
    // The fallback for when the app never comes (tested end to end).
    setTimeout: () => 0,
  });
  return { lang: root.lang, shown: attributes.get('data-first') };
}

function appLang(visit: Visit) {
  const storage = {
    getItem: (key: string) => {
      if (visit.storageThrows) throw new Error('blocked');
      return key === 'irt:lang' ? (visit.stored ?? null) : null;
    },
    setItem: () => undefined,
    removeItem: () => undefined,
  } as unknown as Storage;
  const param = new URL(visit.href).searchParams.get('lang');
  return resolveLang(param, readStoredLang(storage), visit.browser ?? 'en-US');
}

describe('first paint (public/first-paint.js)', () => {
  const envelope = (lang: string) => JSON.stringify({ v: 1, data: lang });
  const visits: Visit[] = [
    { href: 'https://x.test/' },
    { href: 'https://x.test/?lang=es' },
    { href: 'https://x.test/?lang=en', stored: envelope('es'), browser: 'es-MX' },
    { href: 'https://x.test/?lang=fr', browser: 'es-ES' },
    { href: 'https://x.test/?lang=%3Cscript%3E' },
    { href: 'https://x.test/', stored: envelope('es') },
    { href: 'https://x.test/', stored: 'es' },
    { href: 'https://x.test/', stored: envelope('en'), browser: 'es-MX' },
    { href: 'https://x.test/', stored: '{oops', browser: 'es-MX' },
    { href: 'https://x.test/', stored: JSON.stringify({ v: 9, data: 'es' }) },
    { href: 'https://x.test/', storageThrows: true, browser: 'ES' },
    { href: 'https://x.test/', browser: 'es' },
  ];
  it.each(visits)(
    'chooses the language the app will use: $href, stored $stored, browser $browser',
    (visit) => {
      expect(firstPaint(visit).lang).toBe(appLang(visit));
    },
  );

  it('shows the page drawn for this address, or the loading screen', () => {
    expect(firstPaint({ href: 'https://x.test/metrics', page: '/metrics' }).shown).toBe('en');
    expect(firstPaint({ href: 'https://x.test/metrics?lang=es', page: '/metrics' }).shown).toBe('es');
    // A deep link served the fallback page; view settings the drawn page does not show.
    expect(firstPaint({ href: 'https://x.test/events/x', page: '/' }).shown).toBe('boot');
    expect(firstPaint({ href: 'https://x.test/timeline?view=list', page: '/timeline' }).shown).toBe('boot');
    expect(firstPaint({ href: 'https://x.test/metrics/', page: '/metrics' }).shown).toBe('boot');
    // Served from a sub-folder.
    expect(firstPaint({ href: 'https://x.test/irt/about', page: '/irt/about' }).shown).toBe('en');
    // Drawn for phones: shown on narrow screens only.
    const timeline = { href: 'https://x.test/timeline', page: '/timeline', phoneOnly: true };
    expect(firstPaint(timeline).shown).toBe('en');
    expect(firstPaint({ ...timeline, wide: true }).shown).toBe('boot');
  });

  it('ignores the tracking parameters of shared links, as the app does (D10)', () => {
    const shared = 'https://x.test/metrics?utm_source=newsletter&utm_medium=email&fbclid=abc&gclid=1';
    expect(firstPaint({ href: shared, page: '/metrics' }).shown).toBe('en');
    for (const key of new URL(shared).searchParams.keys()) expect(isTrackingParam(key)).toBe(true);
    expect(firstPaint({ href: 'https://x.test/metrics?utm=x', page: '/metrics' }).shown).toBe('boot');
    expect(isTrackingParam('utm')).toBe(false);
  });
});
