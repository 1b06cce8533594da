import { describe, expect, it } from 'vitest';
import { headerRules, headersFile, headersFor, parseHeadersFile, securityHeaders } from './csp';

/** The headers a static host that applies every matching rule sends for `path`. */
function served(path: string, base = '/', dataUrl?: string) {
  return headersFor(parseHeadersFile(headersFile(headerRules(securityHeaders(dataUrl), base))), path);
}

/** The `frame-ancestors` of every policy sent for `path` (a header given twice holds two policies). */
function framing(path: string, base = '/') {
  const policy = served(path, base)['Content-Security-Policy'] ?? '';
  return [...policy.matchAll(/frame-ancestors ([^;,]+)/g)].map((m) => m[1]);
}

const PAGES = [
  '/',
  '/timeline',
  '/storylines',
  '/metrics/seizures',
  '/storylines/bsca',
  '/events/bsca-signed',
  '/present',
  '/es',
  '/es/timeline',
  '/es/metrics/seizures',
  '/es/events/bsca-signed',
];
const EMBEDS = ['/embed/metrics/seizures', '/embed/storylines/bsca', '/es/embed/metrics/seizures'];

describe('the Content-Security-Policy', () => {
  it('allows only the app’s own scripts, styles and data, and no framing', () => {
    const { meta, policy } = securityHeaders(undefined);
    expect(meta).toContain("default-src 'none'");
    expect(meta).toContain("script-src 'self';");
    expect(meta).not.toMatch(/unsafe-(inline|eval)/);
    expect(meta).toContain("connect-src 'self';");
    // Script sinks take only what the app's one Trusted Types policy allows.
    expect(meta).toContain("require-trusted-types-for 'script'; trusted-types default");
    // frame-ancestors has no effect in a meta tag: it is sent as a header only.
    expect(meta).not.toContain('frame-ancestors');
    expect(policy("'none'")).toBe(`${meta}; frame-ancestors 'none'`);
  });

  it('adds the origin of a data contract served elsewhere, and nothing for a relative one', () => {
    expect(securityHeaders('https://data.example.org/api/v1').meta).toContain(
      "connect-src 'self' https://data.example.org;",
    );
    expect(securityHeaders('/api/v1').meta).toContain("connect-src 'self';");
    expect(
      served('/embed/metrics/seizures', '/', 'https://data.example.org/api/v1')['Content-Security-Policy'],
    ).toContain("connect-src 'self' https://data.example.org;");
  });
});

describe('the headers file of static hosts (_headers)', () => {
  it('lets other sites frame the embeds, and only the embeds, in every language', () => {
    for (const path of EMBEDS) expect(framing(path), path).toEqual(['*']);
    for (const path of PAGES) expect(framing(path), path).toEqual(["'none'"]);
  });

  it('never gives an address two policies, whatever the order of the rules (a host applies every match)', () => {
    const { meta } = securityHeaders(undefined);
    for (const path of [
      ...PAGES,
      ...EMBEDS,
      '/assets/index-a1b2c3d4.js',
      '/assets/validate.worker-x.js',
      '/sw.js',
    ]) {
      const policy = served(path)['Content-Security-Policy'] ?? '';
      // One policy: the whole strict one, once (two would be joined with a comma).
      expect(policy.split(meta), path).toHaveLength(2);
      expect(policy, path).not.toContain(',');
    }
    // Not from `/*`: that rule would reach the embeds too.
    const all = headerRules(securityHeaders(undefined)).find((r) => r.path === '/*');
    expect(all?.headers).not.toHaveProperty('Content-Security-Policy');
    expect(served('/embed/metrics/seizures')).toMatchObject({
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Content-Type-Options': 'nosniff',
    });
  });

  it('keeps the app’s scripts and workers under the policy, which is theirs (a worker’s is its header)', () => {
    expect(framing('/assets/validate.worker-x.js')).toEqual(["'none'"]);
    expect(served('/assets/index-a1b2c3d4.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(served('/sw.js')).toMatchObject({ 'Cache-Control': 'no-cache' });
    expect(framing('/sw.js')).toEqual(["'none'"]);
  });

  it('writes every rule under the base path', () => {
    const file = headersFile(headerRules(securityHeaders(undefined), '/irt/'));
    const paths = file.split('\n').filter((line) => line && !line.startsWith(' '));
    for (const path of paths) expect(path).toMatch(/^\/irt\//);
    expect(file.startsWith('/irt/*\n  Referrer-Policy: strict-origin-when-cross-origin\n')).toBe(true);
    expect(file).toContain('/irt/assets/*\n  Content-Security-Policy: ');
    // Feeds display in the browser instead of downloading.
    expect(file).toContain('/irt/feeds/*.atom\n  Content-Type: application/atom+xml; charset=utf-8\n');
    expect(framing('/irt/embed/storylines/bsca', '/irt/')).toEqual(['*']);
    expect(framing('/irt/es/embed/metrics/seizures', '/irt/')).toEqual(['*']);
    expect(framing('/irt/es/timeline', '/irt/')).toEqual(["'none'"]);
    expect(framing('/irt/', '/irt/')).toEqual(["'none'"]);
  });

  it('reads a `*` as any characters and a `:name` as one path segment, as the hosts do', () => {
    const rules = parseHeadersFile('/a/*\n  X: 1\n/:page\n  Y: 2\n/b/:id/c\n  Z: 3\n');
    expect(headersFor(rules, '/a/b/c')).toEqual({ X: '1' });
    expect(headersFor(rules, '/a')).toEqual({ Y: '2' });
    expect(headersFor(rules, '/b/x/c')).toEqual({ Z: '3' });
    expect(headersFor(rules, '/b/x/y/c')).toEqual({});
    // A header two rules give is sent once, with both values (Cloudflare Pages' behaviour).
    expect(headersFor(parseHeadersFile('/*\n  X: 1\n/a\n  x: 2\n'), '/a')).toEqual({ X: '1, 2' });
  });
});
