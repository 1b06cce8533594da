import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { EMBED_SEGMENT } from '../../src/config/embeds';
import { ROUTES } from '../../src/config/routes';
import { DEFAULT_LANG, LANGS } from '../../src/lib/i18n/langs';

/**
 * The production build's Content-Security-Policy: nothing but the app's own scripts and styles,
 * and data from the app's origin or VITE_DATA_URL's. Written as a <meta> tag into every page and,
 * with the directive a meta tag cannot carry (`frame-ancestors`: who may frame the page), as
 * `_headers` for static hosts (Netlify, Cloudflare Pages); `vite preview` sends the same headers
 * (read from the built `_headers`), so the end-to-end suite runs under them.
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
    /** The policy as a header: no page may be framed (`'none'`), but an embed (`*`: any site). */
    policy: (ancestors: "'none'" | '*') => `${policy}; frame-ancestors ${ancestors}`,
    /** Sent for every address. */
    headers: {
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Content-Type-Options': 'nosniff',
    } as Record<string, string>,
  };
}

/** A rule of `_headers`: an address pattern (`*` any characters, `:name` one path segment) and its headers. */
export interface HeaderRule {
  path: string;
  headers: Record<string, string>;
}

/**
 * The `_headers` rules. Static hosts apply every rule whose pattern matches an address (Cloudflare
 * Pages joins the values of a header set by two rules with a comma, which for a policy means both
 * are enforced; Netlify's rule for the same case is not the same), so no two rules that give a
 * Content-Security-Policy ever match one address: the policy is not on `/*` but on each part of
 * the site, cut by path segments that cannot overlap. Only the embeds (`/embed/*`, `/es/embed/*`)
 * may be framed by other sites; every other page, the app's scripts and workers (whose policy is
 * the header's) and the service worker refuse it. `/*` carries what every address gets.
 * An address outside every part (a mistyped `/a/b/c`) gets the not-found page and its meta policy.
 */
export function headerRules(security: ReturnType<typeof securityHeaders>, base = '/'): HeaderRule[] {
  const notFramed = { 'Content-Security-Policy': security.policy("'none'") };
  const framed = { 'Content-Security-Policy': security.policy('*') };
  // The folders of the pages drawn once per record (`events/<id>`, …), from the route table.
  const folders = [
    ...new Set(ROUTES.flatMap((r) => (r.path.includes('/') ? [r.path.slice(0, r.path.indexOf('/'))] : []))),
  ];
  const langs = LANGS.map((lang) => (lang === DEFAULT_LANG ? '' : `${lang}/`));
  const rule = (path: string, headers: Record<string, string>): HeaderRule => ({
    path: `${base}${path}`,
    headers,
  });
  return [
    rule('*', security.headers),
    // Pages: the overview; every address of one segment (each page, `/es`, the service worker…);
    // each record's page; the same in every other language.
    rule('', notFramed),
    ...langs.flatMap((prefix) => [
      ...(prefix ? [rule(`${prefix}:page`, notFramed)] : [rule(':page', notFramed)]),
      ...folders.map((folder) => rule(`${prefix}${folder}/*`, notFramed)),
    ]),
    // The embeds, and only they, may be framed by any site.
    ...langs.map((prefix) => rule(`${prefix}${EMBED_SEGMENT}/*`, framed)),
    // Fingerprinted assets (the scripts and the data worker, whose own policy this is) cached for good.
    rule('assets/*', { ...notFramed, 'Cache-Control': 'public, max-age=31536000, immutable' }),
    rule('og/*', { 'Cache-Control': 'public, max-age=86400' }),
    rule('oembed/*', { 'Cache-Control': 'public, max-age=86400' }),
    rule('sw.js', { 'Cache-Control': 'no-cache' }),
    rule('feeds/*.atom', { 'Content-Type': 'application/atom+xml; charset=utf-8' }),
    rule('feeds/*.ics', { 'Content-Type': 'text/calendar; charset=utf-8' }),
  ];
}

/** The `_headers` file of static hosts (Netlify, Cloudflare Pages): each rule, then its headers indented. */
export function headersFile(rules: readonly HeaderRule[]): string {
  return rules
    .map(
      ({ path, headers }) =>
        `${path}\n${Object.entries(headers)
          .map(([k, v]) => `  ${k}: ${v}`)
          .join('\n')}\n`,
    )
    .join('');
}

/** Reads a `_headers` file back into rules, each pattern as a regular expression. */
export function parseHeadersFile(text: string): { pattern: RegExp; headers: [string, string][] }[] {
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (/^\s/.test(line)) {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
      continue;
    }
    const source = line
      .trim()
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/:\w+/g, '[^/]+');
    rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
  }
  return rules;
}

/**
 * The headers a static host sends for `pathname`: those of every matching rule, a header given by
 * two rules sent once with both values joined by a comma (as Cloudflare Pages does).
 */
export function headersFor(
  rules: ReturnType<typeof parseHeadersFile>,
  pathname: string,
): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!rule.pattern.test(pathname)) continue;
    for (const [name, value] of rule.headers) {
      const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase()) ?? name;
      headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
    }
  }
  return headers;
}

export function csp(dataUrl: string | undefined, base = '/'): Plugin {
  const security = securityHeaders(dataUrl);
  return {
    name: 'iron-river-csp',
    // The build writes the policy; the preview of a build sends it, as a static host would.
    apply: (_config, env) => env.command === 'build' || env.isPreview === true,
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: security.meta },
        injectTo: 'head-prepend',
      },
    ],
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: '_headers',
        source: headersFile(headerRules(security, base)),
      });
    },
    configurePreviewServer(server) {
      const rules = parseHeadersFile(
        readFileSync(join(resolve(server.config.root, server.config.build.outDir), '_headers'), 'utf8'),
      );
      server.middlewares.use((request, response, next) => {
        const pathname = new URL(request.url ?? '/', 'http://preview.local').pathname;
        for (const [name, value] of Object.entries(headersFor(rules, pathname)))
          response.setHeader(name, value);
        next();
      });
    },
  };
}
