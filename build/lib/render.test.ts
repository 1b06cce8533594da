// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readDataset } from './dataset';
import { renderPage, splitHoisted } from './render';

const dataset = readDataset('tests/fixtures/dataset');

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('pages drawn at build time', () => {
  it('draws a page from the seeded dataset: no network, no timers (D5)', async () => {
    const fetch = vi.fn(() => Promise.reject(new Error('no network at build time')));
    vi.stubGlobal('fetch', fetch);
    // With the clock stopped, a render that waited on a timer would never settle.
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'Date'] });
    const page = await renderPage('/', '/', dataset);
    expect(page?.body).toContain('<h1 id="page-title">Iron River Tracker</h1>');
    expect(page?.body).toContain('Supreme Court unanimously rules');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('writes a page whole: no outlined boundary, no inline script (the CSP forbids them)', async () => {
    const page = await renderPage('/storylines', '/', dataset);
    expect(page?.body).not.toContain('<script');
    expect(page?.body).not.toContain('<!--$?-->');
    expect(page?.body).toContain('Mexico v. Smith &amp; Wesson');
  });

  it('draws each language at its own address, at the same time, each with its own text (D13)', async () => {
    const [en, es] = await Promise.all([
      renderPage('/metrics', '/', dataset),
      renderPage('/es/metrics', '/', dataset),
    ]);
    expect(en?.body).toContain('<h1>Metrics</h1>');
    expect(es?.body).toContain('<h1>Cifras</h1>');
    expect(es?.body).not.toContain('<h1>Metrics</h1>');
  });

  it('puts the page’s title, description, canonical, hreflang and preview tags in its head', async () => {
    const page = await renderPage('/es/events/bsca-signed', '/', dataset);
    expect(page?.head).toMatch(/^<title>[^<]*Biden[^<]* · Iron River Tracker<\/title>/);
    expect(page?.head).toContain('<meta name="description" content="');
    expect(page?.head).toContain(
      '<link rel="canonical" href="http://localhost:4173/es/events/bsca-signed"/>',
    );
    expect(page?.head).toContain('hrefLang="en" href="http://localhost:4173/events/bsca-signed"');
    expect(page?.head).toContain('hrefLang="x-default" href="http://localhost:4173/events/bsca-signed"');
    expect(page?.head).toContain(
      '<meta property="og:image" content="http://localhost:4173/og/events/bsca-signed.es.png"/>',
    );
    expect(page?.body).not.toContain('<meta');
    expect(page?.body.startsWith('<')).toBe(true);
  });

  it('splits React’s hoisted head elements from the body, and only those', () => {
    expect(
      splitHoisted(
        '<title>T</title><meta name="a" content="b"/><link rel="x" href="y"/><div><title>svg</title></div>',
      ),
    ).toEqual({
      head: '<title>T</title><meta name="a" content="b"/><link rel="x" href="y"/>',
      body: '<div><title>svg</title></div>',
    });
    expect(splitHoisted('<main>x</main>')).toEqual({ head: '', body: '<main>x</main>' });
  });
});
