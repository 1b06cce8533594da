import { describe, expect, it } from 'vitest';
import { createStyleExtractor } from './prerender';
import { fileNameOf, pagesToDraw, redirects, robots, sitemap } from '../lib/pages';

describe('the pages the build draws', () => {
  const records = { events: ['bsca-signed'], storylines: ['bsca'], metrics: ['money'] };

  it('draws every page of the route table in every language, and each record’s page', () => {
    const pages = pagesToDraw(records);
    const paths = pages.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['/', '/es', '/timeline', '/es/timeline', '/codebook']));
    expect(paths).toEqual(
      expect.arrayContaining([
        '/events/bsca-signed',
        '/es/events/bsca-signed',
        '/storylines/bsca',
        '/es/metrics/money',
      ]),
    );
    // Not drawn: the presentation (made from a query) and the not-found page (written as 404.html).
    expect(paths.some((p) => p.includes('present') || p.includes('*'))).toBe(false);
    expect(pages.find((p) => p.path === '/es/events/bsca-signed')).toMatchObject({
      lang: 'es',
      fileName: 'es/events/bsca-signed.html',
      record: { kind: 'events', id: 'bsca-signed' },
    });
  });

  it('draws no record pages without data (a VITE_DATA_URL build)', () => {
    expect(pagesToDraw(null).some((p) => p.record)).toBe(false);
  });

  it('names files for clean URLs', () => {
    expect(fileNameOf('/')).toBe('index.html');
    expect(fileNameOf('/es')).toBe('es.html');
    expect(fileNameOf('/es/events/x')).toBe('es/events/x.html');
  });

  it('lists every page in the sitemap with its address in each language', () => {
    const xml = sitemap(pagesToDraw(records), 'https://example.org/irt/');
    expect(xml).toContain('<loc>https://example.org/irt/es/events/bsca-signed</loc>');
    expect(xml).toContain(
      '<xhtml:link rel="alternate" hreflang="en" href="https://example.org/irt/events/bsca-signed"/>',
    );
    expect(xml).toContain('hreflang="x-default" href="https://example.org/irt/events/bsca-signed"');
    expect(robots('https://example.org/irt/')).toContain('Sitemap: https://example.org/irt/sitemap.xml');
  });

  it('sends old ?lang= links to the language’s address on hosts that read _redirects', () => {
    expect(redirects('/')).toBe('/*  lang=es  /es/:splat  301\n/*  lang=en  /:splat  301\n');
    expect(redirects('/irt/')).toContain('/irt/*  lang=es  /irt/es/:splat  301');
  });

  it('moves style attributes (forbidden by the policy) into classes, without !important', () => {
    const styles = createStyleExtractor();
    const html = styles.extract(
      '<div style="left:10px" class="a"></div><span style="left:10px"></span><i style="top:1px"></i>',
    );
    expect(html).toBe('<div class="a fp0"></div><span class="fp0"></span><i class="fp1"></i>');
    expect(styles.stylesheet()).toBe('.fp0{left:10px}\n.fp1{top:1px}');
  });
});
