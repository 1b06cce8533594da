import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { fixtureDataset } from '../../mocks/data/dataset';
import { expect, settled, test } from './fixtures';

const deck = (fixtureDataset.decks as { data: { id: string; title: { en: string } }[] }).data[0];
const eventCount = (fixtureDataset.events as { data: unknown[] }).data.length;

/**
 * One visit, then a reload: the service worker has installed (app precached, dataset kept) and now
 * controls the page. Returns the controlling worker's script URL.
 */
async function visitUnderServiceWorker(page: Page): Promise<string | undefined> {
  await page.goto('/');
  await settled(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await settled(page);
  return page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
}

/** Every cached URL's path, by cache. */
async function cached(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await caches.keys())
      out[name] = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
    return out;
  });
}

/**
 * Publishes a new version as a deploy would: a file's revision changes in the worker's precache
 * manifest (same length, so the preview server's recorded size still holds). Returns the undo.
 */
function publishNewVersion(): () => void {
  const file = join(process.cwd(), 'dist-e2e', 'sw.js');
  const original = readFileSync(file, 'utf8');
  const entry = /\{"revision":"([0-9a-f]{32})","url":"robots\.txt"\}/.exec(original);
  expect(entry, 'robots.txt in the precache manifest').not.toBeNull();
  const revision = entry?.[1] ?? '';
  const next = revision.startsWith('a') ? 'b'.repeat(32) : 'a'.repeat(32);
  writeFileSync(
    file,
    original.replace(
      `"revision":"${revision}","url":"robots.txt"`,
      `"revision":"${next}","url":"robots.txt"`,
    ),
  );
  return () => {
    writeFileSync(file, original);
  };
}

const waitingWorker = (page: Page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
    for (let i = 0; i < 100 && !registration?.waiting; i++) await new Promise((r) => setTimeout(r, 100));
    return Boolean(registration?.waiting);
  });

const banner = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'A new version of the tracker is ready.' });

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow', viewport: { width: 1280, height: 720 } });
  // The update tests publish a "new version" by rewriting dist-e2e/sw.js; nothing else may run then.
  test.describe.configure({ mode: 'serial' });

  test('after one visit the app and its data work with no network: the timeline, then a presentation', async ({
    page,
    context,
  }) => {
    expect(await visitUnderServiceWorker(page)).toMatch(/\/sw\.js$/);
    const kept = Object.values(await cached(page)).flat();
    // The app and its first paint are precached, the dataset kept; the feeds (downloads) are not.
    expect(kept).toEqual(
      expect.arrayContaining(['/index.html', '/timeline.html', '/es/timeline.html', '/api/v1/events.json']),
    );
    expect(kept.filter((path) => path.startsWith('/feeds/') || path.startsWith('/downloads/'))).toEqual([]);

    await context.setOffline(true);
    await page.goto('/timeline?view=list');
    await expect(page.getByText(`${String(eventCount)} of ${String(eventCount)} events`)).toBeVisible();
    await page.goto(`/present?deck=${deck?.id ?? ''}`);
    await expect(page.getByRole('heading', { level: 1, name: deck?.title.en ?? '' })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('heading', { level: 1, name: /GAO finds most traced guns/ })).toBeVisible();
    // A record's page (not precached, one file per event) is drawn offline from the app's shell.
    const event = (fixtureDataset.events as { data: { id: string; title: { es: string } }[] }).data[0];
    await page.goto(`/es/events/${event?.id ?? ''}`);
    await expect(page.getByRole('heading', { level: 1, name: event?.title.es ?? '' })).toBeVisible();
    // A feed asked for offline says so, instead of showing a page-not-found.
    await page.goto('/feeds/events.en.atom');
    await expect(page.getByRole('heading', { level: 1, name: 'Not available offline' })).toBeVisible();
    await page.goto('/downloads/iron-river-tracker-fixture.2.zip').catch(() => undefined);
    await expect(page.getByRole('heading', { level: 1, name: 'Not available offline' })).toBeVisible();
    await context.setOffline(false);
  });

  test('a server that accepts the data request but never answers: the kept copy shows within seconds (D12)', async ({
    page,
    context,
  }) => {
    expect(await visitUnderServiceWorker(page)).toMatch(/\/sw\.js$/);
    // The worker's own request for the dataset hangs (routing the worker's requests is on in
    // playwright.config.ts); the app's own time limit is 12 s.
    let asked = 0;
    await context.route('**/api/v1/events.json', () => {
      asked += 1;
    });
    const started = Date.now();
    await page.goto('/timeline?view=list');
    await expect(page.getByText(`${String(eventCount)} of ${String(eventCount)} events`)).toBeVisible({
      timeout: 8000,
    });
    expect(Date.now() - started).toBeLessThan(8000);
    expect(asked).toBeGreaterThan(0);
    await context.unrouteAll({ behavior: 'ignoreErrors' });
  });

  test('a new version found while reading is offered as a reload, which brings it in', async ({ page }) => {
    expect(await visitUnderServiceWorker(page)).toMatch(/\/sw\.js$/);
    const undo = publishNewVersion();
    try {
      expect(await waitingWorker(page)).toBe(true);
      await expect(banner(page)).toBeVisible();
      await banner(page).getByRole('button', { name: 'Reload' }).click();
      await page.waitForLoadState('load');
      await settled(page);
      await expect(banner(page)).toHaveCount(0);
      // The new version is active and nothing waits.
      expect(
        await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)),
      ).toBe(false);
    } finally {
      undo();
    }
  });

  test('a version that was already waiting when the page opened is offered too (D2)', async ({
    page,
    context,
  }: {
    page: Page;
    context: BrowserContext;
  }) => {
    expect(await visitUnderServiceWorker(page)).toMatch(/\/sw\.js$/);
    const undo = publishNewVersion();
    try {
      expect(await waitingWorker(page)).toBe(true);
      // Another tab opens the tracker while that version waits: it is offered at once.
      const other = await context.newPage();
      await other.goto('/metrics');
      await settled(other);
      await expect(banner(other)).toBeVisible();
      await other.close();
    } finally {
      undo();
    }
  });
});
