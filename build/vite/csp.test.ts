import { describe, expect, it } from 'vitest';
import { headersFile, securityHeaders } from './csp';

describe('the Content-Security-Policy', () => {
  it('allows only the app’s own scripts, styles and data, and no framing', () => {
    const { meta, headers } = securityHeaders(undefined);
    expect(meta).toContain("default-src 'none'");
    expect(meta).toContain("script-src 'self';");
    expect(meta).not.toMatch(/unsafe-(inline|eval)/);
    expect(meta).toContain("connect-src 'self';");
    // Script sinks take only what the app's one Trusted Types policy allows.
    expect(meta).toContain("require-trusted-types-for 'script'; trusted-types default");
    // frame-ancestors has no effect in a meta tag: it is sent as a header only.
    expect(meta).not.toContain('frame-ancestors');
    expect(headers['Content-Security-Policy']).toMatch(/; frame-ancestors 'none'$/);
  });

  it('adds the origin of a data contract served elsewhere, and nothing for a relative one', () => {
    expect(securityHeaders('https://data.example.org/api/v1').meta).toContain(
      "connect-src 'self' https://data.example.org;",
    );
    expect(securityHeaders('/api/v1').meta).toContain("connect-src 'self';");
  });

  it('writes the headers as a static host’s _headers file', () => {
    const file = headersFile({ A: '1', B: '2' }, '/irt/');
    expect(file.startsWith('/irt/*\n  A: 1\n  B: 2\n')).toBe(true);
    expect(file).toContain('/irt/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n');
    // Feeds display in the browser instead of downloading.
    expect(file).toContain('/irt/feeds/*.atom\n  Content-Type: application/atom+xml; charset=utf-8\n');
  });
});
