import type { APIRequestContext } from '@playwright/test';
import { fixtureDataset } from '../../mocks/data/dataset';
import { expect, settled, test } from './fixtures';

type Titled = { data: { id: string; title: { en: string; es: string } }[] };
const event = (fixtureDataset.events as Titled).data[0];
const storyline = (fixtureDataset.storylines as Titled).data[0];
const metric = (fixtureDataset.metrics as Titled).data[0];
if (!event || !storyline || !metric) throw new Error('the test dataset has events, storylines and panels');

/** The page's HTML as a link unfurler or a search engine gets it: no JavaScript run. */
async function served(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const html = await response.text();
  const doc = {
    html,
    lang: /<html lang="([^"]+)"/.exec(html)?.[1],
    title: /<title>([^<]*)<\/title>/.exec(html)?.[1],
    meta: (key: string) =>
      new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html)?.[1] ?? null,
    link: (rel: string, hreflang?: string) =>
      new RegExp(`<link rel="${rel}"${hreflang ? ` hrefLang="${hreflang}"` : ''} href="([^"]*)"`, 'i').exec(
        html,
      )?.[1] ?? null,
  };
  return doc;
}

/** Width and height of a PNG (its IHDR chunk). */
function pngSize(png: Buffer) {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const decode = (text: string | null | undefined) =>
  (text ?? '')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

for (const { path, lang, title, other } of [
  { path: `/events/${event.id}`, lang: 'en', title: event.title.en, other: `/es/events/${event.id}` },
  {
    path: `/es/storylines/${storyline.id}`,
    lang: 'es',
    title: storyline.title.es,
    other: `/storylines/${storyline.id}`,
  },
  { path: `/es/metrics/${metric.id}`, lang: 'es', title: metric.title.es, other: `/metrics/${metric.id}` },
]) {
  test(`${path} is served drawn, in its language, with its title, description, alternates and preview image`, async ({
    request,
  }) => {
    const page = await served(request, path);
    expect(page.lang).toBe(lang);
    expect(decode(page.html)).toContain(`>${title}</h1>`);
    expect(decode(page.title)).toContain(title);
    expect(decode(page.meta('description')).length).toBeGreaterThan(40);
    expect(decode(page.meta('og:title'))).toBe(title);
    expect(new URL(page.link('canonical') ?? '').pathname).toBe(path);
    expect(new URL(page.link('alternate', lang) ?? '').pathname).toBe(path);
    expect(new URL(page.link('alternate', lang === 'en' ? 'es' : 'en') ?? '').pathname).toBe(other);
    expect(page.link('alternate', 'x-default')).not.toBeNull();
    expect(page.meta('twitter:card')).toBe('summary_large_image');
    // The preview image exists, is a PNG of 1200×630 and under 100 kB.
    const image = await request.get(new URL(page.meta('og:image') ?? '').pathname);
    expect(image.status()).toBe(200);
    const png = await image.body();
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.length).toBeLessThan(100_000);
    expect(page.meta('og:image:width')).toBe('1200');
  });
}

test('the sitemap and robots.txt list the pages in both languages', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain(`/es/events/${event.id}</loc>`);
  expect(sitemap).toContain(`hreflang="en" href="http://localhost:4173/events/${event.id}"`);
  expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap:');
});

test('the app takes over the page it was served (hydration), without drawing it again', async ({
  page,
  consoleErrors,
}) => {
  // The heading the server drew, kept before any script runs; hydration keeps that very element.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { servedHeading: Element | null }).servedHeading = document.querySelector('h1');
    });
  });
  for (const path of ['/', `/es/events/${event.id}`, '/timeline', `/storylines/${storyline.id}`]) {
    await page.goto(path);
    await settled(page);
    // Clicking works once hydrated: the page is the app's.
    const same = await page.evaluate(
      () =>
        (window as unknown as { servedHeading: Element | null }).servedHeading ===
        document.querySelector('h1'),
    );
    expect(same, `${path} kept the drawn page`).toBe(true);
  }
  expect(consoleErrors).toEqual([]);
});

test('the page is painted before the app’s JavaScript is asked for (src/boot.ts)', async ({ page }) => {
  for (const path of ['/', '/es/timeline']) {
    await page.goto(path);
    await settled(page);
    const { paint, scripts } = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      scripts: performance
        .getEntriesByType('resource')
        .filter((r) => /\/assets\/(react|vendor|main|first)-[\w-]+\.js$/.test(r.name))
        .map((r) => ({ name: r.name, start: r.startTime })),
    }));
    expect(paint, `${path} painted`).not.toBeNull();
    // React, the router and the app all arrive, each asked for only once the page was on screen.
    expect(scripts.map((s) => /\/(react|vendor|main|first)-/.exec(s.name)?.[1]).sort()).toEqual(
      expect.arrayContaining(['first', 'main', 'react', 'vendor']),
    );
    for (const s of scripts) expect(s.start, `${s.name} on ${path}`).toBeGreaterThanOrEqual(paint ?? 0);
  }
});

test('a browser without paint timing still starts the app at once (src/boot.ts)', async ({ page }) => {
  // An older browser: no list of the entry types its PerformanceObserver can observe.
  await page.addInitScript(() => {
    Object.defineProperty(PerformanceObserver, 'supportedEntryTypes', { value: undefined });
  });
  await page.goto('/es/timeline');
  await settled(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Cronología/);
});

test('nothing on the page moves when the live page draws what the build left out (layout shift 0)', async ({
  page,
}) => {
  // A phone's width, and a window tall enough that several previews and the panel's chart are in it
  // (a shift counts only where it is seen).
  await page.setViewportSize({ width: 412, height: 2400 });
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!e.hadRecentInput) shifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  for (const path of ['/metrics', '/es/metrics', `/metrics/${metric.id}`, '/timeline']) {
    await page.goto(path);
    await settled(page);
    // The previews' charts are drawn (their boxes gave way to them).
    if (path.endsWith('/metrics')) await expect(page.locator('.metric-preview .chart-space')).toHaveCount(0);
    await page.waitForTimeout(300);
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    expect(shifts, `${path}: layout shifts`).toEqual([]);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every page reads and its links lead to drawn pages, in either language', async ({ page }) => {
    await page.goto('/es');
    await expect(page.getByRole('heading', { level: 1, name: 'Iron River Tracker' })).toBeVisible();
    await page
      .getByRole('navigation', { name: 'Principal' })
      .getByRole('link', { name: 'Historias' })
      .click();
    await expect(page).toHaveURL(/\/es\/storylines$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Historias' })).toBeVisible();
    await page.getByRole('link', { name: storyline.title.es }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: storyline.title.es })).toBeVisible();
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(new RegExp(`/storylines/${storyline.id}$`));
    await expect(page.getByRole('heading', { level: 1, name: storyline.title.en })).toBeVisible();
  });
});
