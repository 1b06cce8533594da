import { expect, settled, test } from './fixtures';

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow', viewport: { width: 1280, height: 720 } });

  test('after one visit the app and its data work with no network: the timeline, then a presentation', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await settled(page);
    // The service worker has installed (everything precached) and controls the page after a reload.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await settled(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await context.setOffline(true);
    await page.goto('/timeline?view=list');
    await expect(page.getByText('44 of 44 events')).toBeVisible();
    await page.goto('/present?deck=iron-river-in-ten-events');
    await expect(page.getByRole('heading', { level: 1, name: 'The iron river in ten events' })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('heading', { level: 1, name: /GAO finds most traced guns/ })).toBeVisible();
    await context.setOffline(false);
  });
});
