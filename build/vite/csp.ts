import type { Plugin } from 'vite';

/**
 * The production build's Content-Security-Policy: nothing but the app's own scripts and styles,
 * and data from the app's origin or VITE_DATA_URL's. Written as a <meta> tag into every page and,
 * with the directives a meta tag cannot carry, as `_headers` for static hosts (Netlify, Cloudflare
 * Pages); `vite preview` sends the same headers, so the end-to-end suite runs under it.
 */
export function securityHeaders(dataUrl: string | undefined) {
  const dataOrigin = dataUrl && /^https?:\/\//.test(dataUrl) ? new URL(dataUrl).origin : '';
  const policy = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    // data: for the favicon fallback, blob: for turning an exported SVG into a PNG.
    "img-src 'self' data: blob:",
    `connect-src 'self'${dataOrigin ? ` ${dataOrigin}` : ''}`,
    "font-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
    // Script sinks take only what the app's one policy allows (src/lib/trusted-types.ts).
    "require-trusted-types-for 'script'",
    'trusted-types default',
  ].join('; ');
  return {
    meta: policy,
    headers: {
      'Content-Security-Policy': `${policy}; frame-ancestors 'none'`,
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Content-Type-Options': 'nosniff',
    } as Record<string, string>,
  };
}

/**
 * The `_headers` file of static hosts (Netlify, Cloudflare Pages): the security headers on every
 * path (every pre-rendered page, its clean URL included); then, by path, what each kind of file
 * needs: fingerprinted assets cached for good, preview images for a day, the service worker and
 * the pages revalidated, feeds and calendars with their own types (so they display, not download).
 */
export function headersFile(headers: Record<string, string>, base = '/'): string {
  const block = (path: string, entries: Record<string, string>) =>
    `${base}${path}\n${Object.entries(entries)
      .map(([k, v]) => `  ${k}: ${v}`)
      .join('\n')}\n`;
  return [
    block('*', headers),
    block('assets/*', { 'Cache-Control': 'public, max-age=31536000, immutable' }),
    block('og/*', { 'Cache-Control': 'public, max-age=86400' }),
    block('sw.js', { 'Cache-Control': 'no-cache' }),
    block('feeds/*.atom', { 'Content-Type': 'application/atom+xml; charset=utf-8' }),
    block('feeds/*.ics', { 'Content-Type': 'text/calendar; charset=utf-8' }),
  ].join('');
}

export function csp(dataUrl: string | undefined, base = '/'): Plugin {
  const { meta, headers } = securityHeaders(dataUrl);
  return {
    name: 'iron-river-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: meta },
        injectTo: 'head-prepend',
      },
    ],
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(headers, base) });
    },
  };
}
