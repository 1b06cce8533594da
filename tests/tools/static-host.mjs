// Serves a built site the way a static host (Netlify, Cloudflare Pages) serves it, for the bench:
// clean URLs (`/timeline` → timeline.html), `404.html` for what is missing, the headers in `_headers`
// (CSP, caching), and gzip for text. `vite preview` sends no compression and knows no `_headers`,
// so Lighthouse measured it with more bytes than a reader downloads.
//   node tests/tools/static-host.mjs [dir] [port]
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.woff2': 'font/woff2',
  '.zip': 'application/zip',
  '.csv': 'text/csv; charset=utf-8',
};
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.css',
  '.json',
  '.svg',
  '.webmanifest',
  '.xml',
  '.txt',
  '.atom',
  '.ics',
  '.csv',
]);

/** `_headers` rules: a path pattern (`*` matches anything, `:name` one segment) and the headers sent for it. */
function readHeaderRules(dir) {
  let text;
  try {
    text = readFileSync(join(dir, '_headers'), 'utf8');
  } catch {
    return [];
  }
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        // A placeholder (`/:page`) matches one path segment.
        .replace(/:\w+/g, '[^/]+');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The file a clean URL names, if any. */
function resolveFile(dir, pathname) {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.(\/|$))+/, '');
  const base = join(dir, clean);
  if (!base.startsWith(dir)) return null;
  for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
    if (isFile(candidate)) return candidate;
  }
  if (clean.endsWith('/') && isFile(`${base.replace(/\/$/, '')}.html`))
    return `${base.replace(/\/$/, '')}.html`;
  return null;
}

export function startStaticHost(dir, port) {
  const root = normalize(dir);
  const rules = readHeaderRules(root);
  const gzipped = new Map();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const found = resolveFile(root, url.pathname);
    const file = found ?? join(root, '404.html');
    const ext = extname(file);
    const headers = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream', Vary: 'Accept-Encoding' };
    for (const rule of rules) {
      if (rule.pattern.test(url.pathname)) for (const [k, v] of rule.headers) headers[k] = v;
    }
    let body = readFileSync(file);
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const key = `${file}@${String(statSync(file).mtimeMs)}`;
      let zipped = gzipped.get(key);
      if (!zipped) gzipped.set(key, (zipped = gzipSync(body, { level: 9 })));
      body = zipped;
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = String(body.length);
    res.writeHead(found ? 200 : 404, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) => server.listen(port, () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  const port = Number(process.argv[3] ?? 4174);
  await startStaticHost(resolve(dir), port);
  console.log(`Serving ${dir} at http://localhost:${String(port)} (gzip, clean URLs, _headers)`);
}
