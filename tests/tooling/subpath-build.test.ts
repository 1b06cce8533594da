import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A build served from a sub-folder (BASE_PATH) at a real address (SITE_URL): every link the build
// writes must stay under that folder (D4), and absolute ones must use that address.
const out = mkdtempSync(join(tmpdir(), 'irt-subpath-'));
const read = (file: string) => readFileSync(join(out, file), 'utf8');
let log = '';

beforeAll(() => {
  log = execFileSync('npx', ['vite', 'build', '--outDir', out], {
    encoding: 'utf8',
    env: {
      ...process.env,
      BASE_PATH: '/irt/',
      SITE_URL: 'https://example.org',
      DATASET_DIR: 'tests/fixtures/dataset',
    },
    stdio: 'pipe',
  });
}, 120_000);
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

describe('a build under a sub-path', () => {
  it('uses no deprecated option (D6)', () => {
    expect(log).toMatch(/built in/);
    expect(log).not.toMatch(/deprecated/i);
  });

  it('gives every precached file a revision of its content, so a deploy never mixes versions (D11)', () => {
    const manifest = [...read('sw.js').matchAll(/\{"revision":(null|"[0-9a-f]{32}"),"url":"([^"]+)"\}/g)].map(
      (m) => ({ revision: m[1], url: m[2] ?? '' }),
    );
    const byUrl = new Map(manifest.map((e) => [e.url, e.revision]));
    // Files without a hash in their name carry one in the manifest; hashed assets need none.
    for (const file of [
      'index.html',
      'es.html',
      'es/timeline.html',
      'favicon.svg',
      'robots.txt',
      'offline.html',
    ])
      expect(byUrl.get(file), file).toMatch(/^"[0-9a-f]{32}"$/);
    const unrevised = manifest.filter((e) => e.revision === 'null').map((e) => e.url);
    expect(unrevised.length).toBeGreaterThan(0);
    for (const url of unrevised) expect(url).toMatch(/-[\w-]{8}\.(js|css)$/);
    expect([...byUrl.keys()].some((url) => url.startsWith('feeds/') || url.startsWith('api/'))).toBe(false);
    // Each record's page is fetched when visited, not kept at install (there are hundreds).
    expect([...byUrl.keys()].some((url) => /^(es\/)?(events|storylines|metrics)\//.test(url))).toBe(false);
  });

  it('draws every page at its own address under the sub-path, and lists it in the sitemap', () => {
    const page = read('es/events/bsca-signed.html');
    expect(page).toContain('<html lang="es" data-page="/irt/es/events/bsca-signed">');
    expect(page).toContain('<link rel="canonical" href="https://example.org/irt/es/events/bsca-signed"/>');
    expect(read('sitemap.xml')).toContain('<loc>https://example.org/irt/es/events/bsca-signed</loc>');
    expect(read('robots.txt')).toContain('Sitemap: https://example.org/irt/sitemap.xml');
    expect(read('_redirects')).toContain('/irt/*  lang=es  /irt/es/:splat  301');
  });

  it('draws the embeds under the sub-path, naming their oEmbed response and full page at SITE_URL', () => {
    const page = read('es/embed/metrics/seizures.html');
    const refs = [...page.matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(refs.filter((r) => r.startsWith('/')).length).toBeGreaterThan(1);
    for (const ref of refs.filter((r) => r.startsWith('/'))) expect(ref).toMatch(/^\/irt\//);
    expect(page).toContain(
      '<link rel="alternate" type="application/json+oembed" href="https://example.org/irt/oembed/metrics/seizures.es.json"',
    );
    expect(page).toContain(
      'href="https://example.org/irt/es/metrics/seizures" target="_blank" rel="noopener"',
    );
    const oembed = JSON.parse(read('oembed/metrics/seizures.es.json')) as {
      html: string;
      thumbnail_url: string;
    };
    expect(oembed.html).toContain('src="https://example.org/irt/es/embed/metrics/seizures"');
    expect(oembed.thumbnail_url).toBe('https://example.org/irt/og/metrics/seizures.es.png');
    expect(read('_headers')).toMatch(
      /\/irt\/es\/embed\/\*\n {2}Content-Security-Policy: [^\n]*; frame-ancestors \*\n/,
    );
  });

  it('links feeds, icon, manifest and scripts under the sub-path', () => {
    const html = read('index.html');
    const hrefs = [...html.matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(hrefs.length).toBeGreaterThan(5);
    for (const ref of hrefs.filter((r) => r.startsWith('/'))) expect(ref).toMatch(/^\/irt([/?]|$)/);
    expect(hrefs).toEqual(expect.arrayContaining(['/irt/feeds/events.en.atom', '/irt/feeds/events.es.atom']));
  });

  it('writes feeds whose links are absolute, under SITE_URL and the sub-path', () => {
    const atom = read('feeds/events.en.atom');
    expect(atom).toContain(
      '<link rel="self" type="application/atom+xml" href="https://example.org/irt/feeds/events.en.atom"/>',
    );
    const links = [...atom.matchAll(/<link rel="alternate" type="text\/html" href="([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(links.length).toBeGreaterThan(1);
    for (const link of links) expect(link).toMatch(/^https:\/\/example\.org\/irt\//);
  });

  it('scopes the web app and its service worker to the sub-path', () => {
    const manifest = JSON.parse(read('manifest.webmanifest')) as { scope: string; start_url: string };
    expect(manifest).toMatchObject({ scope: '/irt/', start_url: '/irt/' });
    // (Asserted as a boolean: the minified worker is too long to print in a failure message.)
    expect(read('sw.js').includes('`/irt/`'), 'the worker knows its base').toBe(true);
  });
});
