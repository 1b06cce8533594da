// Performance benchmark in real Chromium against the production build (run `npm run build` first).
// Reports figures; it asserts nothing. Budgets are printed beside each figure for comparison.
//   npm run bench
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.ts';
import { emptyLaneY } from './axis-points.ts';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticEvents } from '../../mocks/data/synthetic.ts';
import { writeSyntheticContent } from './synthetic-content.mjs';
import { startStaticHost } from './static-host.mjs';

const PORT = 4174;
const BASE = `http://localhost:${PORT}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

// The published dataset as the build wrote it (dist/api/v1), as the base of the large one.
const read = (name) =>
  JSON.parse(readFileSync(new URL(`../../dist/api/v1/${name}.json`, import.meta.url), 'utf8'));
const large = JSON.stringify(
  syntheticEvents({
    events: read('events'),
    storylines: read('storylines'),
    sources: read('sources'),
    actors: read('actors'),
  }),
);

const TOTAL = JSON.parse(large).data.length;
const TOTAL_TEXT = TOTAL.toLocaleString('en-US');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** The build served as a static host serves it: gzip, clean URLs, the `_headers` file. */
function startServer() {
  return startStaticHost(join(process.cwd(), 'dist'), PORT);
}

async function withLargeDataset(context) {
  await context.route('**/api/v1/events.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: large }),
  );
}

/**
 * Time from the events response arriving to the timeline showing "N of <all> events": to the frame
 * that shows it, its style and layout included (worked out in that frame's animation callback; only
 * its paint is left out), and to the count's text alone.
 */
async function firstRender(browser, view) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await withLargeDataset(context);
  const page = await context.newPage();
  await page.addInitScript((total) => {
    const observer = new MutationObserver(() => {
      // The count's own text (reading the page's innerText would lay the page out on every change).
      const count = document.querySelector('.timeline-controls .count');
      if (window.__inDom || !count?.textContent.includes(`of ${total} events`)) return;
      window.__inDom = performance.now();
      requestAnimationFrame(() => {
        // The frame's style and layout, done now (the frame then has only its paint left).
        void document.body.offsetHeight;
        window.__rendered = performance.now();
      });
    });
    document.addEventListener('DOMContentLoaded', () =>
      observer.observe(document.body, { childList: true, subtree: true, characterData: true }),
    );
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  }, TOTAL_TEXT);
  await page.goto(`${BASE}/timeline?view=${view}`);
  await page.waitForFunction(() => window.__rendered !== undefined, null, { timeout: 30_000 });
  const ms = await page.evaluate(() => {
    const entry = performance
      .getEntriesByType('resource')
      .find((e) => e.name.endsWith('/api/v1/events.json'));
    const validated = performance.getEntriesByName('irt:validated:events.json')[0];
    return {
      fromResponse: window.__rendered - entry.responseEnd,
      fromData: window.__rendered - validated.startTime,
      textFromData: window.__inDom - validated.startTime,
      fromNavigation: window.__rendered,
      longestTask: window.__longest,
    };
  });
  await context.close();
  return ms;
}

/** The timeline with the large dataset, once every event is counted. */
async function openLargeTimeline(browser, view) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await withLargeDataset(context);
  const page = await context.newPage();
  await page.goto(`${BASE}/timeline?view=${view}`);
  await page.getByText(`${TOTAL_TEXT} of ${TOTAL_TEXT} events`).waitFor();
  return { context, page };
}

/** Time from a keystroke in the search box to the updated count on screen. */
async function searchLatency(browser) {
  const { context, page } = await openLargeTimeline(browser, 'list');
  const box = page.getByRole('searchbox', { name: 'Search events' });
  await box.focus();
  const samples = [];
  for (const key of ['s', 'y', 'n', 't', 'h']) {
    await page.evaluate(() => {
      const count = document.querySelector('.timeline-controls .count');
      window.__before = count.textContent;
      window.__typed = undefined;
      window.__updated = undefined;
      document.addEventListener('keydown', () => (window.__typed = performance.now()), {
        once: true,
        capture: true,
      });
      const observer = new MutationObserver(() => {
        if (count.textContent !== window.__before && window.__updated === undefined) {
          window.__updated = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(count, { childList: true, subtree: true, characterData: true });
    });
    await page.keyboard.press(key);
    await page
      .waitForFunction(() => window.__updated !== undefined, null, { timeout: 10_000 })
      .catch(() => undefined);
    const ms = await page.evaluate(() => (window.__updated ?? NaN) - window.__typed);
    if (Number.isFinite(ms)) samples.push(ms);
  }
  await context.close();
  return median(samples);
}

/** Longest main-thread task while scrolling the list and zooming and panning the axis. */
async function longestTask(browser) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await withLargeDataset(context);
  const page = await context.newPage();
  const install = () =>
    page.evaluate(() => {
      window.__longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
      }).observe({ type: 'longtask' });
    });
  await page.goto(`${BASE}/timeline?view=list`);
  await page.getByText(`${TOTAL_TEXT} of ${TOTAL_TEXT} events`).waitFor();
  await install();
  for (let i = 0; i < 30; i++) {
    await page.mouse.wheel(0, 900);
    await page.waitForTimeout(30);
  }
  const scrolling = await page.evaluate(() => window.__longest);
  await page.goto(`${BASE}/timeline?view=axis`);
  await page.getByRole('group', { name: /Time axis of events/ }).waitFor();
  await install();
  for (let i = 0; i < 4; i++) {
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await page.waitForTimeout(50);
  }
  const lanes = await page.locator('.axis-lanes').boundingBox();
  const y = await emptyLaneY(page, lanes.x + lanes.width * 0.7);
  await page.mouse.move(lanes.x + lanes.width * 0.7, y);
  await page.mouse.down();
  await page.mouse.move(lanes.x + lanes.width * 0.2, y, { steps: 20 });
  await page.mouse.up();
  for (let i = 0; i < 4; i++) {
    await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
    await page.waitForTimeout(50);
  }
  const axis = await page.evaluate(() => window.__longest);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await context.close();
  return { scrolling, axis, heapMb: usedSize / 1e6 };
}

/**
 * Frames while the axis is dragged, zoomed with Ctrl + wheel and zoomed with its buttons: the
 * interval between animation frames (16.7 ms at 60 fps; a frame whose work overruns delays the
 * next). Reports the longest interval and how many frames took longer than 16.7 ms (+1 ms of
 * timer jitter), out of how many.
 */
async function frames(browser) {
  const { context, page } = await openLargeTimeline(browser, 'axis');
  await page.getByRole('group', { name: /Time axis of events/ }).waitFor();
  await page.waitForTimeout(500);
  const start = () =>
    page.evaluate(() => {
      window.__frames = [];
      let last = performance.now();
      const tick = (now) => {
        window.__frames.push(now - last);
        last = now;
        if (window.__frames) window.__raf = requestAnimationFrame(tick);
      };
      window.__raf = requestAnimationFrame(tick);
    });
  const stop = () =>
    page.evaluate(() => {
      cancelAnimationFrame(window.__raf);
      const xs = window.__frames.slice(1);
      return { longest: Math.max(...xs), over: xs.filter((x) => x > 17.7).length, frames: xs.length };
    });
  const lanes = await page.locator('.axis-lanes').boundingBox();
  const y = await emptyLaneY(page, lanes.x + lanes.width * 0.8);
  const shown = () => page.locator('.axis-toolbar .muted').textContent();
  const before = await shown();
  // Dragging: the pointer moves across the lanes and back, a step every few milliseconds.
  await start();
  await page.mouse.move(lanes.x + lanes.width * 0.8, y);
  await page.mouse.down();
  await page.mouse.move(lanes.x + lanes.width * 0.2, y, { steps: 60 });
  if ((await shown()) === before) throw new Error('The drag did not move the axis');
  await page.mouse.move(lanes.x + lanes.width * 0.8, y, { steps: 60 });
  await page.mouse.up();
  const pan = await stop();
  // Back where it began: the zooms below start from the default view.
  if ((await shown()) !== before) throw new Error('The drag did not return the axis to its range');
  // Ctrl + wheel: in, then out again.
  await start();
  await page.keyboard.down('Control');
  for (let i = 0; i < 12; i++) await page.mouse.wheel(0, i < 6 ? -100 : 100);
  await page.keyboard.up('Control');
  await page.waitForTimeout(100);
  const wheel = await stop();
  // The buttons: each press a step of its own, clicked with the mouse where they are. (Found
  // before the count starts: Playwright's role query runs in the page, 10–19 ms a click, and
  // had been counted as the axis's frames.)
  const centre = async (name) => {
    const box = await page.getByRole('button', { name, exact: true }).boundingBox();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };
  const zoomIn = await centre('Zoom in');
  const zoomOut = await centre('Zoom out');
  await start();
  for (const at of [zoomIn, zoomIn, zoomIn, zoomOut, zoomOut, zoomOut]) {
    await page.mouse.click(at.x, at.y);
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(100);
  const buttons = await stop();
  await context.close();
  return { pan, wheel, buttons };
}

/** A click on a filter (a category) to the updated count, axis and list on screen (the next frame). */
async function filterClick(browser, view) {
  const { context, page } = await openLargeTimeline(browser, view);
  await page.waitForTimeout(500);
  const samples = [];
  for (const name of ['Litigation', 'Legislation', 'Litigation', 'Legislation', 'Funding']) {
    await page.evaluate(() => {
      const count = document.querySelector('.timeline-controls .count');
      window.__before = count.textContent;
      window.__clicked = undefined;
      window.__shown = undefined;
      document.addEventListener('click', () => (window.__clicked = performance.now()), {
        once: true,
        capture: true,
      });
      const observer = new MutationObserver(() => {
        if (count.textContent !== window.__before && window.__shown === undefined) {
          observer.disconnect();
          // The frame that shows it, with its style and layout (as in firstRender).
          requestAnimationFrame(() => {
            void document.body.offsetHeight;
            window.__shown = performance.now();
          });
        }
      });
      observer.observe(count, { childList: true, subtree: true, characterData: true });
    });
    await page.getByRole('checkbox', { name: new RegExp(`^${name}`) }).click();
    await page
      .waitForFunction(() => window.__shown !== undefined, null, { timeout: 10_000 })
      .catch(() => undefined);
    const ms = await page.evaluate(() => (window.__shown ?? NaN) - window.__clicked);
    if (Number.isFinite(ms)) samples.push(ms);
  }
  await context.close();
  return median(samples);
}

/**
 * The peer: the same events drawn by vis-timeline (the standalone build, in the same
 * browser). Time from creating the timeline to the frame that shows its first completed redraw,
 * that frame's style and layout included, as for our axis (`firstRender`).
 */
async function visTimeline(browser) {
  const items = JSON.parse(large).data.map((e) => ({
    id: e.id,
    content: e.title.en,
    start: e.date.start,
    ...(e.date.end ? { end: e.date.end, type: 'range' } : {}),
    group: e.category,
  }));
  const groups = [...new Set(items.map((i) => i.group))].map((id) => ({ id, content: id }));
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.setContent('<div id="tl"></div>');
  await page.addStyleTag({ path: 'node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css' });
  await page.addScriptTag({ path: 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js' });
  const ms = await page.evaluate(
    ({ items, groups }) =>
      new Promise((resolve) => {
        const t0 = performance.now();
        const data = new window.vis.DataSet(items);
        const timeline = new window.vis.Timeline(document.getElementById('tl'), data, groups, {
          stack: true,
        });
        timeline.once('changed', () =>
          requestAnimationFrame(() => {
            void document.body.offsetHeight;
            resolve(performance.now() - t0);
          }),
        );
      }),
    { items, groups },
  );
  await page.close();
  return ms;
}

/**
 * Lighthouse (mobile, its default throttling) via npx, so it is not a dependency of the app. Run
 * without blocking: the pages are served from this process (a synchronous run left the server
 * unable to answer, and Lighthouse's page closed waiting for it).
 */
async function lighthouse(url) {
  const dir = mkdtempSync(join(tmpdir(), 'irt-lh-'));
  const out = join(dir, 'report.json');
  await promisify(execFile)(
    'npx',
    [
      '--yes',
      'lighthouse@13.5.0',
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    ],
    { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const score = (id) => Math.round(report.categories[id].score * 100);
  const audit = (id) => report.audits[id].numericValue;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    'LCP ms': Math.round(audit('largest-contentful-paint')),
    'TBT ms': Math.round(audit('total-blocking-time')),
    CLS: Number(audit('cumulative-layout-shift').toFixed(3)),
  };
}

/** Wall-clock seconds of a command. */
function timed(command, args, env = {}) {
  const started = performance.now();
  const output = execFileSync(command, args, { encoding: 'utf8', env: { ...process.env, ...env } });
  return { seconds: (performance.now() - started) / 1000, output };
}

/** The production build with the current dataset (into a scratch folder), and the content build of 10,000 synthetic events. */
function buildTimes() {
  const out = mkdtempSync(join(tmpdir(), 'irt-bench-build-'));
  // Preview images drawn afresh (not from node_modules/.cache): a clean checkout's build.
  const build = timed('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', out, '--emptyOutDir'], {
    PREVIEW_CACHE: '0',
  });
  rmSync(out, { recursive: true, force: true });
  const content = mkdtempSync(join(tmpdir(), 'irt-bench-content-'));
  writeSyntheticContent('content', content, 10_000);
  const check = timed('node', ['build/cli.mjs', 'check'], { CONTENT_DIR: content });
  rmSync(content, { recursive: true, force: true });
  const compileMs = Number(/\((\d+) ms\)/.exec(check.output)?.[1]);
  const events = /: (\d+) events/.exec(check.output)?.[1];
  return { build: build.seconds, content: check.seconds, compile: compileMs / 1000, events };
}

// BENCH_BUILD=0 skips the two build timings (about a minute), BENCH_LIGHTHOUSE=0 the Lighthouse runs.
const builds = process.env.BENCH_BUILD === '0' ? null : buildTimes();
const server = await startServer();
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  console.log(
    `Benchmark: production build, Chromium ${browser.version()}, ${TOTAL_TEXT} events, median of ${RUNS} runs\n`,
  );
  // One table: build times, sizes, Lighthouse, then the large timeline and its peer.
  const table = builds
    ? [
        {
          measure:
            'production build, current dataset (vite build: every page in both languages, preview images drawn afresh)',
          value: builds.build,
          unit: 's',
          budget: '< 60',
        },
        {
          measure: `content build of ${String(builds.events)} events (10,000 synthetic, as YAML), whole command`,
          value: builds.content,
          unit: 's',
          budget: '< 20',
        },
        {
          measure: '  … of which reading, validating and compiling the content',
          value: builds.compile,
          unit: 's',
          budget: '—',
        },
      ]
    : [];
  const sizes = JSON.parse(execFileSync('node', ['tests/tools/size.mjs', '--json'], { encoding: 'utf8' }));
  for (const row of sizes.rows)
    table.push({
      measure: `gzip JS ${row.route} (page${row.route === '/' ? '' : ' + data worker'})`,
      value: Number(row.route === '/' ? row['page gzip kB'] : row['total kB']),
      unit: 'kB',
      budget: `< ${String(row['budget kB'])}`,
    });
  table.push({
    measure: 'gzip JS data worker (every page)',
    value: sizes.workerKb,
    unit: 'kB',
    budget: '< 12',
  });
  if (process.env.BENCH_LIGHTHOUSE !== '0') {
    const budgets = {
      performance: '≥ 98',
      accessibility: '100',
      'best-practices': '100',
      seo: '100',
      'LCP ms': '≤ 1500',
      'TBT ms': '—',
      CLS: '0',
    };
    // Each kind of page in each language, and the overview drawn again in the browser (what a page
    // asked for with a query of its own gets) beside the same page hydrated.
    const first = (folder) =>
      readdirSync(join('dist', folder))
        .find((f) => f.endsWith('.html'))
        ?.replace(/\.html$/, '');
    const pages = [
      '/',
      '/timeline',
      `/events/${first('events') ?? ''}`,
      `/storylines/${first('storylines') ?? ''}`,
      `/metrics/${first('metrics') ?? ''}`,
    ];
    const paths = [
      ...pages.flatMap((path) => [path, path === '/' ? '/es' : `/es${path}`]),
      '/metrics',
      '/?bench=replace',
      // The embeds (framed by other sites): a storyline's, with no script, and a panel's, with its chart.
      `/embed/storylines/${first('embed/storylines') ?? ''}`,
      `/embed/metrics/${first('embed/metrics') ?? ''}`,
    ];
    for (const path of paths) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await lighthouse(`${BASE}${path}`));
      for (const key of Object.keys(runs[0]))
        table.push({
          measure: `Lighthouse mobile ${path} ${key.replace(/ ms$/, '')}`,
          value: median(runs.map((r) => r[key])),
          unit: key.endsWith(' ms') ? 'ms' : '',
          budget: budgets[key],
        });
    }
  }
  const renderList = [];
  const renderAxis = [];
  const search = [];
  const tasks = [];
  const peer = [];
  const frameRuns = [];
  const clicks = { list: [], axis: [] };
  for (let i = 0; i < RUNS; i++) {
    renderList.push(await firstRender(browser, 'list'));
    renderAxis.push(await firstRender(browser, 'axis'));
    search.push(await searchLatency(browser));
    clicks.list.push(await filterClick(browser, 'list'));
    clicks.axis.push(await filterClick(browser, 'axis'));
    tasks.push(await longestTask(browser));
    frameRuns.push(await frames(browser));
    peer.push(await visTimeline(browser));
  }
  /** One row: the median of a run's figures (or a figure), against its budget. */
  const row = (measure, values, unit = 'ms', budget = '—') => ({
    measure,
    value: Array.isArray(values) ? median(values) : values,
    unit,
    budget,
  });
  /** A gesture's frames over all runs: the longest, and how many overran 60 fps out of how many. */
  const frameRows = ['pan', 'wheel', 'buttons'].map((gesture) => {
    const runs = frameRuns.map((r) => r[gesture]);
    const over = runs.reduce((n, r) => n + r.over, 0);
    const all = runs.reduce((n, r) => n + r.frames, 0);
    const what = { pan: 'dragging the axis', wheel: 'Ctrl + wheel zoom', buttons: 'zoom buttons' }[gesture];
    return [
      row(
        `longest frame, ${what}`,
        runs.map((r) => r.longest),
        'ms',
        '≤ 16.7',
      ),
      row(`  … frames over 16.7 ms, ${what} (of ${String(all)}, all runs)`, over, '', '0'),
    ];
  });
  const rows = [
    row(
      '/timeline first render after data, drawn (list)',
      renderList.map((r) => r.fromData),
      'ms',
      '< 300',
    ),
    row(
      '/timeline first render after data, drawn (axis)',
      renderAxis.map((r) => r.fromData),
      'ms',
      '< 300',
    ),
    row(
      '  … to the count in the page, before that frame is drawn (list)',
      renderList.map((r) => r.textFromData),
    ),
    row(
      '  … to the count in the page, before that frame is drawn (axis)',
      renderAxis.map((r) => r.textFromData),
    ),
    row(
      '  … from the response (JSON parse + validation, in the data worker) (list)',
      renderList.map((r) => r.fromResponse),
    ),
    row(
      '  … from the response (JSON parse + validation, in the data worker) (axis)',
      renderAxis.map((r) => r.fromResponse),
    ),
    row(
      `/timeline navigation → ${TOTAL_TEXT} events on screen (list)`,
      renderList.map((r) => r.fromNavigation),
    ),
    row(
      'longest main-thread task while loading them (list)',
      renderList.map((r) => r.longestTask),
    ),
    row('search keystroke → updated results', search, 'ms', '< 50'),
    row('filter click → updated count and list, drawn (list)', clicks.list, 'ms', '≤ 100'),
    row('filter click → updated count and axis, drawn (axis)', clicks.axis, 'ms', '≤ 100'),
    row(
      'longest task while scrolling the list',
      tasks.map((t) => t.scrolling),
      'ms',
      '< 100',
    ),
    row(
      'longest task while zooming/panning the axis',
      tasks.map((t) => t.axis),
      'ms',
      '< 100',
    ),
    ...frameRows.flat(),
    row(
      `JS heap after loading ${TOTAL_TEXT} events`,
      tasks.map((t) => t.heapMb),
      'MB',
    ),
    row(`peer: vis-timeline draws the same ${TOTAL_TEXT} events`, peer),
    row(
      'our axis ÷ vis-timeline (below 1 is faster)',
      median(renderAxis.map((r) => r.fromData)) / median(peer),
      '×',
    ),
  ];
  table.push(...rows);
  console.log(
    `Lighthouse 13.5.0: mobile, simulated slow 4G and 4× CPU slowdown. Timeline rows: ${TOTAL_TEXT} events.\n`,
  );
  console.table(
    table.map((r) => ({
      ...r,
      value: typeof r.value === 'number' ? Number(r.value.toFixed(r.unit === '×' ? 2 : 1)) : r.value,
    })),
  );
} finally {
  await browser.close();
  server.close();
}
