// Deterministic size report: gzip JavaScript loaded by each route of the production build, and the
// pre-rendered pages' HTML. Fails (exit 1) when one exceeds its budget. Run `npm run build` first.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { ROUTES } from '../../src/config/routes.ts';
import { LANGS } from '../../src/lib/i18n/langs.ts';

const dist = process.env.DIST ?? 'dist';
const manifestPath = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error('No build manifest: run `npm run build` first.');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

/**
 * kB budgets (gzip) per route; `/` is the first page. The data worker (zod and the contracts,
 * started on every page, running off the main thread) is counted in every route's total against
 * the 250 kB budget; the first page's 130 kB applies to the JavaScript its main thread runs, and
 * the worker has a budget of its own.
 */
export const BUDGETS = { '/': 130, default: 250 };
export const WORKER_BUDGET = 12;
/**
 * kB budget (gzip) of every pre-rendered page's HTML (one language each, see build/vite/prerender.ts):
 * what a phone downloads before anything shows. Pages long by nature draw their first part and the
 * rest once the app has started (the timeline's first 12 events, folded sections).
 */
export const HTML_BUDGET = 12;
/**
 * kB budgets (gzip) of the JavaScript an embed page loads (src/embed/, build/lib/embeds.tsx): a
 * storyline's embed draws no chart (it needs no script at all), a metric panel's draws one with
 * Recharts. Neither may load the app's first page: its entry, its first page's module, the `first`
 * chunk, React Router or TanStack Query.
 */
export const EMBED_BUDGETS = { storylines: 60, metrics: 180 };

const gz = new Map();
function gzipKb(file) {
  if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1000);
  return gz.get(file);
}

/** A chunk and everything it imports statically (what the browser must load for it). */
function closure(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return seen;
  seen.add(key);
  for (const dep of chunk.imports ?? []) closure(dep, seen);
  return seen;
}

// The app's entry (the embeds have one of their own, `embed.html`).
const entryKey = manifest['index.html']
  ? 'index.html'
  : Object.keys(manifest).find((k) => manifest[k].isEntry);
/**
 * What every page of the app loads: its entry (src/boot.ts, with the stylesheet) and the app it
 * starts once the page has painted (src/main.tsx), with all they import.
 */
const APP_KEY = 'src/main.tsx';
if (!manifest[APP_KEY]) {
  console.error(`The app (${APP_KEY}) is not in the manifest.`);
  process.exit(1);
}
const appClosure = (seen = new Set()) => closure(APP_KEY, closure(entryKey, seen));
// The data worker, started by the first page (listed as an asset of whichever chunk starts it).
const workerFiles = [...appClosure()]
  .flatMap((key) => manifest[key].assets ?? [])
  .filter((f) => /\.worker-[\w-]+\.js$/.test(f));
if (workerFiles.length === 0) {
  console.error('The data worker is missing from the build.');
  process.exit(1);
}
const workerKb = workerFiles.reduce((sum, f) => sum + gzipKb(f), 0);
const rows = [];
let failed = false;
/** The JavaScript of every page that is the same in each language (all of it but its texts). */
const sharedFiles = new Set();
// Every page of the route table (src/config/routes.ts), with the modules its first view loads lazily.
for (const entry of ROUTES) {
  const route = `/${entry.path}`;
  const alsoLoaded = entry.loads ?? [];
  const routeKey = `src/app/routes/${entry.module}.tsx`;
  for (const key of [routeKey, ...alsoLoaded]) {
    if (!manifest[key]) {
      console.error(`Module ${key} not found in the manifest.`);
      process.exit(1);
    }
  }
  const keys = new Set([
    ...appClosure(),
    ...closure(routeKey),
    ...alsoLoaded.flatMap((k) => [...closure(k)]),
  ]);
  for (const key of keys) if (manifest[key].file.endsWith('.js')) sharedFiles.add(manifest[key].file);
  // …and the English texts its loader fetches (each message module's `.en.ts`, its own chunk).
  for (const key of [...keys])
    for (const texts of manifest[key].dynamicImports ?? []) if (texts.endsWith('.en.ts')) keys.add(texts);
  const files = [...keys].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
  const kb = files.reduce((sum, f) => sum + gzipKb(f), 0);
  const budget = BUDGETS[route] ?? BUDGETS.default;
  // Every route's total stays under 250 kB; the first page's own JavaScript under 130 kB.
  const ok = route === '/' ? kb <= budget : kb + workerKb <= budget;
  if (!ok) failed = true;
  const hasRecharts = files.some((f) => readFileSync(join(dist, f), 'utf8').includes('recharts'));
  rows.push({
    route,
    'page gzip kB': kb.toFixed(1),
    'budget kB': budget,
    '+ data worker kB': workerKb.toFixed(1),
    'total kB': (kb + workerKb).toFixed(1),
    status: ok ? 'ok' : 'OVER',
    recharts: hasRecharts ? 'yes' : 'no',
  });
}
/**
 * Each language's page text loads only with that language (src/lib/i18n/page-messages.ts). Every
 * per-language message module (`about.messages.en.ts` and `about.messages.es.ts`, …, and the
 * Spanish catalog) is a chunk of its own, loaded on demand (a page's loader fetches the one in the
 * page's language), never part of the JavaScript a page loads in every language; and none of that
 * JavaScript holds one of their sentences (text copied back into a shared module).
 */
const messageModules = readdirSync('src', { recursive: true })
  .map((f) => `src/${f.replaceAll('\\', '/')}`)
  .filter((f) => /\.(en|es)\.ts$/.test(f));
const textProblems = [];
for (const key of [...messageModules, 'src/lib/i18n/messages/es.ts']) {
  const chunk = manifest[key];
  if (!chunk?.isDynamicEntry) textProblems.push(`${key} is not a chunk of its own, loaded on demand.`);
  else if (sharedFiles.has(chunk.file)) textProblems.push(`${key} is loaded by a page in every language.`);
}
/** The sentences (40 characters or more) of a message module's texts. */
const sentences = (v) =>
  typeof v === 'string'
    ? v.length >= 40
      ? [v]
      : []
    : v && typeof v === 'object'
      ? Object.values(v).flatMap(sentences)
      : [];
const shared = [...sharedFiles].map((file) => [file, readFileSync(join(dist, file), 'utf8')]);
for (const key of messageModules) {
  const own = sentences((await import(`../../${key}`)).default);
  // Found as written in the module's own chunk, so that not finding them elsewhere means something.
  const built = manifest[key] ? readFileSync(join(dist, manifest[key].file), 'utf8') : '';
  if (own.length === 0 || !own.every((t) => built.includes(t)))
    textProblems.push(`${key}: its sentences are not all in its own chunk as written.`);
  for (const [file, code] of shared) {
    const found = own.find((t) => code.includes(t));
    if (found)
      textProblems.push(`${file}, loaded by a page in every language, holds text of ${key}: “${found}”`);
  }
}
for (const problem of textProblems) console.error(problem);
if (textProblems.length > 0) failed = true;

/** Every pre-rendered page, grouped by kind: the lists, then each kind of record page. */
function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory())
      return ['api', 'assets', 'feeds', 'downloads', 'og'].includes(d.name) ? [] : htmlFiles(path);
    return d.name.endsWith('.html') ? [relative(dist, path)] : [];
  });
}
const groups = new Map();
for (const file of htmlFiles(dist)) {
  const lang = file.startsWith('es/') || file === 'es.html' ? 'es' : 'en';
  const rest = file.replace(/^es\//, '');
  const kind = rest.includes('/') ? `${rest.split('/')[0]}/*.html` : rest;
  const key = `${lang} ${kind}`;
  if (!groups.has(key)) groups.set(key, []);
  groups.get(key).push(file);
}
const htmlRows = [...groups]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([group, files]) => {
    const sizes = files.map((f) => [f, gzipKb(f)]).sort((a, b) => b[1] - a[1]);
    const [largest, kb] = sizes[0];
    if (kb > HTML_BUDGET) failed = true;
    return {
      pages: group,
      count: files.length,
      'largest gzip kB': kb.toFixed(1),
      largest,
      'budget kB': HTML_BUDGET,
      status: kb <= HTML_BUDGET ? 'ok' : 'OVER',
    };
  });
for (const page of ['index.html', 'es.html']) {
  if (!readFileSync(join(dist, page), 'utf8').includes('data-page=')) {
    console.error(`${page} is not pre-rendered with its data (no data-page).`);
    failed = true;
  }
}
/**
 * Every embed page's JavaScript: the scripts its HTML starts, all they import and all they load
 * lazily as they start; the largest page of each kind against its budget.
 */
const byFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
const FIRST_PAGE_KEY = `src/app/routes/${ROUTES.find((r) => r.path === '')?.module ?? ''}.tsx`;
const appOnly = new Set(
  [entryKey, APP_KEY, FIRST_PAGE_KEY].map((k) => manifest[k]?.file).filter((f) => f !== undefined),
);
const embedRows = [];
const embedProblems = [];
for (const kind of Object.keys(EMBED_BUDGETS)) {
  const pages = htmlFiles(dist).filter((f) => new RegExp(`^(\\w+/)?embed/${kind}/`).test(f));
  if (pages.length === 0) embedProblems.push(`No ${kind} embed pages in the build.`);
  let largest = { kb: -1, page: '', files: [] };
  for (const page of pages) {
    const lang = page.startsWith('embed/') ? 'en' : page.split('/')[0];
    const html = readFileSync(join(dist, page), 'utf8');
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) =>
      m[1].replace(/^.*?assets\//, 'assets/'),
    );
    if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) embedProblems.push(`${page} has an inline script.`);
    // …and all it loads lazily as it starts (its chart's part, the chart components, the texts in
    // the page's language), but another language's texts, and the full registry of schemas that
    // an embed never asks for (it validates the three resources it reads itself).
    const keys = new Set();
    const lazily = (key) => {
      if (keys.has(key) || !manifest[key]) return;
      const before = keys.size;
      closure(key, keys);
      if (keys.size === before) return;
      for (const k of [...keys])
        for (const loaded of manifest[k].dynamicImports ?? []) {
          const otherLanguage = LANGS.some(
            (l) => l !== lang && (loaded.endsWith(`.${l}.ts`) || loaded === `src/lib/i18n/messages/${l}.ts`),
          );
          if (!otherLanguage && loaded !== 'src/data/registry.ts') lazily(loaded);
        }
    };
    for (const file of scripts) {
      const key = byFile.get(file);
      if (!key) embedProblems.push(`${page} loads ${file}, which is not in the manifest.`);
      else lazily(key);
    }
    const files = [...keys].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
    for (const file of files) {
      const code = readFileSync(join(dist, file), 'utf8');
      if (appOnly.has(file) || /(^|\/)first-[\w-]+\.js$/.test(file))
        embedProblems.push(`${page} loads ${file}, the app's first page.`);
      if (code.includes('__reactRouterVersion') || code.includes('QueryClient'))
        embedProblems.push(`${page} loads ${file}, which holds React Router or TanStack Query.`);
    }
    const kb = files.reduce((sum, f) => sum + gzipKb(f), 0);
    if (kb > largest.kb) largest = { kb, page, files };
  }
  const ok = largest.kb <= EMBED_BUDGETS[kind];
  if (!ok) failed = true;
  embedRows.push({
    embeds: kind,
    pages: pages.length,
    'largest gzip kB': largest.kb.toFixed(1),
    largest: largest.page,
    scripts: largest.files.length,
    'budget kB': EMBED_BUDGETS[kind],
    status: ok ? 'ok' : 'OVER',
  });
}
for (const problem of embedProblems) console.error(problem);
if (embedProblems.length > 0) failed = true;
if (process.argv.includes('--json')) {
  // For the benchmark's single table: figures only; the budgets are checked by the plain run.
  console.log(JSON.stringify({ rows, workerKb, htmlRows, embedRows }));
  process.exit(0);
}
console.log('JavaScript loaded per route (gzip, production build)');
console.table(rows);
console.log(`Data worker: ${workerKb.toFixed(1)} kB gzip (budget ${String(WORKER_BUDGET)} kB)`);
console.log('Pre-rendered pages (HTML, one language each, gzip; the largest of each kind)');
console.table(htmlRows);
console.log('Embeds (JavaScript each page loads, gzip; the largest of each kind)');
console.table(embedRows);
console.log(
  `Page text per language: ${String(messageModules.length)} message modules (and the Spanish catalog), each loaded only in its language: ${textProblems.length ? 'FAILED' : 'ok'}`,
);
// Every chunk the pages load carries V8's compile hint on its first line (build/vite/chunks.ts).
const assets = join(dist, 'assets');
const unhinted = readdirSync(assets).filter(
  (f) =>
    f.endsWith('.js') &&
    !f.startsWith('validate.worker') &&
    !readFileSync(join(assets, f), 'utf8').startsWith('//# allFunctionsCalledOnLoad\n'),
);
console.log(
  `Compile hint on every page chunk: ${unhinted.length ? `MISSING in ${unhinted.join(', ')}` : 'ok'}`,
);
if (unhinted.length > 0) failed = true;
if (workerKb > WORKER_BUDGET) failed = true;
if (rows[0].recharts === 'yes') {
  console.error("Recharts is in the first page's JavaScript.");
  failed = true;
}
if (failed) {
  console.error(
    textProblems.length || embedProblems.length ? 'Size report failed.' : 'Size budget exceeded.',
  );
  process.exit(1);
}
