import { expect, settled, test } from './fixtures';

// Every view offers "Copy link to this view" (one shared component, ViewActions, tested on each
// page by the integration tests); the copied address opens the same view for someone else.
const VIEWS = [{ path: '/metrics/us-origin-share?tab=table', heading: /came from the U\.S\./ }];

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

for (const { path, heading } of VIEWS) {
  test(`copy link on ${path} reproduces the view`, async ({ page }) => {
    await page.goto(path);
    await settled(page);
    await page.getByRole('button', { name: 'Copy link to this view' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    await page.goto(copied);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  });
}

test('a copied link keeps the page’s language (its /es/ address) and the filters', async ({
  browser,
  page,
}) => {
  await page.goto('/timeline?category=litigation&view=list');
  await settled(page);
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Español' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cronología' })).toBeVisible();
  const count = await page.locator('.count').textContent();
  await page.getByRole('button', { name: 'Copiar enlace a esta vista' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).pathname).toBe('/es/timeline');
  expect(new URL(copied).searchParams.get('category')).toBe('litigation');
  expect(new URL(copied).searchParams.has('lang')).toBe(false);

  // Someone else, whose browser reads English, opens it: they see what the sender saw.
  const other = await browser.newPage();
  await other.goto(copied);
  await expect(other.getByRole('heading', { level: 1, name: 'Cronología' })).toBeVisible();
  await expect(other.locator('.count')).toHaveText(count ?? '');
  await other.close();
});
