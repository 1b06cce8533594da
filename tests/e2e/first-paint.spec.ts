import type { Page } from '@playwright/test';
import { expect, settled, test } from './fixtures';

/**
 * The first paint: pages drawn at build time (vite.config.ts `prerender`) show before any of the
 * app's JavaScript runs, in the reader's language; addresses they do not match show the loading
 * screen. Here the app's code is held back, so what shows is the first paint alone.
 */
async function withoutApp(page: Page, path: string) {
  await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
  await page.goto(path);
}

/** What the reader sees of the first paint: visible headings and the loading screen. */
const shown = (page: Page) => ({
  h1: page.locator('h1:visible'),
  boot: page.locator('.boot:visible'),
});

test('the overview shows its heading, introduction and figures before the app loads', async ({ page }) => {
  await withoutApp(page, '/');
  const { h1, boot } = shown(page);
  await expect(h1).toHaveText('Iron River Tracker');
  await expect(page.getByText(/^Guns bought in the United States are a main source/)).toBeVisible();
  // The figures come from the dataset published with the build, with their sources.
  await expect(page.locator('.figure-value.big:visible')).toContainText(/\d/);
  await expect(page.getByText('Latest developments', { exact: true })).toBeVisible();
  await expect(boot).toHaveCount(0);
  // One language only, and nothing that can take focus or input before the app is there.
  await expect(page.getByText('Cifras principales')).toBeHidden();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
});

test('if the app never comes, the drawn page becomes a plain page whose links work', async ({ page }) => {
  await page.clock.install();
  await withoutApp(page, '/');
  const timeline = page.locator('[data-first="en"] nav').first().getByText('Timeline');
  await expect(timeline).toBeVisible();
  await expect(page.locator('#root > [data-first="en"]')).toHaveAttribute('inert', '');
  await page.clock.fastForward(10_000);
  await expect(page.locator('#root > [data-first="en"]')).not.toHaveAttribute('inert');
  await timeline.click();
  await expect(page).toHaveURL(/\/timeline$/);
});

test('the first paint follows the language: address, then remembered choice, then browser', async ({
  browser,
}) => {
  const spanish = await browser.newContext({ locale: 'es-MX' });
  const english = await browser.newContext({ locale: 'en-US' });
  try {
    const page = await spanish.newPage();
    await withoutApp(page, '/metrics');
    await expect(shown(page).h1).toHaveText('Cifras');
    // Charts are drawn too (at a width that fits any card), their positions from the policy-allowed
    // stylesheet rather than style attributes.
    await expect(page.locator('.metric-preview svg:visible').first()).toBeVisible();
    await expect(page.locator('#root [style]')).toHaveCount(0);
    // Drawn without a browser's storage (after pages that try to write it), yet no notice of it.
    await expect(page.locator('.storage-notice')).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');

    const other = await english.newPage();
    await withoutApp(other, '/metrics?lang=es');
    await expect(shown(other).h1).toHaveText('Cifras');
    await other.evaluate(() => {
      localStorage.setItem('irt:lang', JSON.stringify({ v: 1, data: 'es' }));
    });
    await other.goto('/glossary');
    await expect(shown(other).h1).toHaveText('Glosario');
    await other.goto('/glossary?lang=en');
    await expect(shown(other).h1).toHaveText('Glossary');
    // A corrupt remembered value is ignored here (the app reports it): the browser's language.
    await other.evaluate(() => {
      localStorage.setItem('irt:lang', '{oops');
    });
    await other.goto('/glossary');
    await expect(shown(other).h1).toHaveText('Glossary');
  } finally {
    await spanish.close();
    await english.close();
  }
});

test('an address the first paint does not show gets the loading screen, never another page', async ({
  page,
}) => {
  // A deep link served the app's fallback page (index.html, the overview).
  await withoutApp(page, '/events/mexico-sues-gun-makers');
  await expect(shown(page).boot).toBeVisible();
  await expect(shown(page).h1).toHaveCount(0);
  // A filtered timeline is not the unfiltered one drawn at build time.
  await page.goto('/timeline?category=litigation');
  await expect(shown(page).boot).toBeVisible();
  await expect(shown(page).h1).toHaveCount(0);
  // A page served from a sub-path the app does not know.
  await page.goto('/metrics/');
  await expect(shown(page).boot).toBeVisible();
});

test('the timeline is drawn first on phones; wider screens see the loading screen', async ({ browser }) => {
  const phone = await browser.newContext({ viewport: { width: 375, height: 740 } });
  const desktop = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const small = await phone.newPage();
    await withoutApp(small, '/timeline');
    await expect(shown(small).h1).toHaveText('Timeline');
    await expect(small.getByText('18 of 18 events')).toBeVisible();
    const wide = await desktop.newPage();
    await withoutApp(wide, '/timeline');
    await expect(shown(wide).boot).toBeVisible();
    await expect(shown(wide).h1).toHaveCount(0);
  } finally {
    await phone.close();
    await desktop.close();
  }
});

for (const [path, heading] of [
  ['/', 'Iron River Tracker'],
  ['/metrics', 'Metrics'],
  ['/sources?lang=es', 'Fuentes'],
] as const)
  test(`the app takes over ${path} from its first paint: one page, working, no errors`, async ({
    page,
    consoleErrors,
  }) => {
    await page.goto(path);
    await settled(page);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('#root [data-first], #root [inert]')).toHaveCount(0);
    // Interactive: the first link in the main navigation goes through the app (no reload).
    await page.evaluate(() => {
      (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
    });
    await page
      .getByRole('navigation', { name: /Main|Principal/ })
      .getByRole('link')
      .nth(1)
      .click();
    await expect(page.getByRole('heading', { level: 1, name: /Timeline|Cronología/ })).toBeVisible();
    expect(
      await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
    ).toBe(true);
    expect(consoleErrors).toEqual([]);
  });

for (const path of ['/', '/metrics'])
  test(`${path}: the app takes over with its data, never replacing the drawn page with progress`, async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __progress: string[] }).__progress = seen;
      new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.addedNodes) {
            if (!(node instanceof Element)) continue;
            // Progress the app shows (not the first paint's own, which stays hidden or is the page).
            const progress = [node, ...node.querySelectorAll('*')].filter(
              (el) => el.matches('.loading, .boot') && !el.closest('#root > [data-first]'),
            );
            if (progress.length > 0) seen.push(progress[0]?.outerHTML.slice(0, 80) ?? '');
          }
      }).observe(document, { childList: true, subtree: true });
    });
    // Data a little slower than the app's code, as on a phone's connection.
    await page.route('**/api/v1/*.json', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 700));
      await route.continue();
    });
    await page.goto(path);
    await settled(page);
    expect(await page.evaluate(() => (window as unknown as { __progress: string[] }).__progress)).toEqual([]);
  });
