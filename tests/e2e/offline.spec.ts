import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, settled, test } from './fixtures';

/**
 * One visit, then a reload: the service worker has installed (everything precached) and now
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

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow', viewport: { width: 1280, height: 720 } });
  // The update test below publishes a "new version" by rewriting dist/sw.js; nothing else may run then.
  test.describe.configure({ mode: 'serial' });

  test('after one visit the app and its data work with no network: the timeline, then a presentation', async ({
    page,
    context,
  }) => {
    expect(await visitUnderServiceWorker(page)).toMatch(/\/sw\.js$/);
    // The app, its first paint and its data are kept; the feeds (downloads for other programs) are not.
    const kept = await page.evaluate(async () => {
      const [name] = await caches.keys();
      const cache = await caches.open(name ?? '');
      return (await cache.keys()).map((request) => new URL(request.url).pathname);
    });
    expect(kept).toEqual(expect.arrayContaining(['/', '/first-paint.js', '/api/v1/events.json']));
    expect(kept.some((path) => path.startsWith('/assets/first-paint-'))).toBe(true);
    expect(kept.filter((path) => path.startsWith('/feeds/'))).toEqual([]);

    await context.setOffline(true);
    await page.goto('/timeline?view=list');
    await expect(page.getByText('44 of 44 events')).toBeVisible();
    await page.goto('/present?deck=iron-river-in-ten-events');
    await expect(page.getByRole('heading', { level: 1, name: 'The iron river in ten events' })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('heading', { level: 1, name: /GAO finds most traced guns/ })).toBeVisible();
    await context.setOffline(false);
  });

  test('when a new version is published, the reader is offered a reload, which brings it in', async ({
    page,
  }) => {
    expect(await visitUnderServiceWorker(page)).toMatch(/\/sw\.js$/);

    // A new deploy: the build writes a service worker with a new cache version (same length, so
    // the preview server's recorded file size still holds).
    const file = join(process.cwd(), 'dist', 'sw.js');
    const original = readFileSync(file, 'utf8');
    const version = /iron-river-([0-9a-f]{12})/.exec(original)?.[1] ?? '';
    expect(version).not.toBe('');
    const next = version === 'a'.repeat(12) ? 'b'.repeat(12) : 'a'.repeat(12);
    try {
      writeFileSync(file, original.replaceAll(version, next));
      await page.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())?.update();
      });
      const banner = page.getByRole('status').filter({ hasText: 'A new version of the tracker is ready.' });
      await expect(banner).toBeVisible({ timeout: 15_000 });
      await banner.getByRole('button', { name: 'Reload' }).click();
      await page.waitForLoadState('load');
      await settled(page);
      await expect(banner).toHaveCount(0);
      // The new version now controls the page, with its own cache.
      const caches = await page.evaluate(() => globalThis.caches.keys());
      expect(caches).toContain(`iron-river-${next}`);
      expect(caches).not.toContain(`iron-river-${version}`);
    } finally {
      writeFileSync(file, original);
    }
  });
});
