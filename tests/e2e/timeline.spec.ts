import { expect, settled, test } from './fixtures';

test('exploring: filter, search, switch views, and the URL reproduces the view', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/timeline?view=list');
  await settled(page);
  await expect(page.getByText('18 of 18 events')).toBeVisible();
  // The checkbox reflects the URL, which updates once the navigation completes.
  await page.getByRole('checkbox', { name: /^Litigation/ }).click();
  await expect(page.getByRole('checkbox', { name: /^Litigation/ })).toBeChecked();
  await expect(page.getByText('5 of 18 events')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search events' }).fill('supreme');
  await expect(page.getByText(/^[1-5] of 18 events$/)).toBeVisible();
  // The URL follows typing after a short pause.
  await expect(page).toHaveURL(/q=supreme/);
  const url = page.url();
  expect(new URL(url).searchParams.get('category')).toBe('litigation');
  expect(new URL(url).searchParams.get('q')).toBe('supreme');
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue('supreme');
  await expect(page.getByRole('checkbox', { name: /^Litigation/ })).toBeChecked();
  await page.goBack();
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue('');
  expect(consoleErrors).toEqual([]);
});

test('hostile and malformed parameters are ignored and listed, never crash', async ({
  page,
  consoleErrors,
}) => {
  await page.goto(
    '/timeline?category=%3Cscript%3Ealert(1)%3C/script%3E&from=2099-99-99&lanes=../../etc&view=axis&q=' +
      'x'.repeat(500),
  );
  await expect(page.getByText('Some link settings were not understood and were ignored')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test.describe('the time axis', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('is on by default on wide screens', async ({ page }) => {
    await page.goto('/timeline');
    await expect(page.getByRole('group', { name: /Time axis of events/ })).toBeVisible();
  });

  test('works from the keyboard: arrows move, + zooms, Enter opens', async ({ page }) => {
    await page.goto('/timeline?storyline=mexico-v-smith-wesson&event=mexico-sues-gun-makers');
    const axis = page.getByRole('group', { name: /Time axis of events/ });
    const first = axis.getByRole('button', { name: /^August 4, 2021: Mexico sues/ });
    await first.focus();
    await page.keyboard.press('ArrowRight');
    await expect(axis.getByRole('button', { name: /^September 30, 2022: District court/ })).toBeFocused();
    await expect(page.getByRole('complementary', { name: 'Selected event' })).toContainText(
      'District court in Massachusetts dismisses',
    );
    const before = await page.locator('.axis-toolbar .muted').textContent();
    await page.keyboard.press('+');
    await expect(page.locator('.axis-toolbar .muted')).not.toHaveText(before ?? '');
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('heading', { level: 1, name: /District court in Massachusetts dismisses/ }),
    ).toBeVisible();
  });

  test('dragging along the date scale sets the date range', async ({ page }) => {
    await page.goto('/timeline');
    const ruler = page.locator('.axis-ruler');
    const box = await ruler.boundingBox();
    if (!box) throw new Error('no ruler');
    await page.mouse.move(box.x + box.width * 0.5, box.y + 10);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.8, box.y + 10, { steps: 5 });
    await page.mouse.up();
    await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&.*to=\d{4}-\d{2}-\d{2}|from=\d{4}-\d{2}-\d{2}.*to=/);
    await expect(page.getByText(/^\d+ of 18 events$/)).not.toHaveText('18 of 18 events');
  });

  test('clusters expand when zoomed', async ({ page }) => {
    await page.goto('/timeline?storyline=bsca');
    const cluster = page.getByRole('button', { name: /^3 events, June 23, 2022 to June 25, 2022/ });
    await cluster.click();
    await expect(page.getByRole('button', { name: /^June 24, 2022: House passes/ })).toBeVisible();
  });
});

test.describe('figures beside the axis', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('are on by default, line up with the axis and follow its zoom', async ({ page, consoleErrors }) => {
    await page.goto('/timeline?event=bsca-signed');
    const rail = page.getByRole('region', { name: 'Figures on the same time scale' });
    // The default charts (the share of U.S. origin among them).
    await expect(
      rail.getByRole('heading', { name: 'Share of guns recovered in Mexico that came from the U.S.' }),
    ).toBeVisible();
    // The charts' plots start where the axis's lanes start, and the selected event sits at the same x.
    const axisItem = page
      .getByRole('group', { name: /Time axis of events/ })
      .getByRole('button', { name: /^June 25, 2022: President Biden signs/ });
    const marker = rail
      .getByRole('toolbar', { name: 'Policy events on the chart' })
      .first()
      .getByRole('button', { name: /^President Biden signs/ });
    const a = await axisItem.boundingBox();
    const b = await marker.boundingBox();
    if (!a || !b) throw new Error('not laid out');
    expect(Math.abs(a.x + a.width / 2 - (b.x + b.width / 2))).toBeLessThan(3);
    // Zooming the axis moves the charts with it.
    const before = (await marker.boundingBox())?.x ?? 0;
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await expect
      .poll(async () => Math.round((await marker.boundingBox())?.x ?? 0))
      .not.toBe(Math.round(before));
    const a2 = await axisItem.boundingBox();
    const b2 = await marker.boundingBox();
    if (!a2 || !b2) throw new Error('not laid out');
    expect(Math.abs(a2.x + a2.width / 2 - (b2.x + b2.width / 2))).toBeLessThan(3);
    expect(consoleErrors).toEqual([]);
  });

  test('a marker selects its event on the axis; a figure shows its value on focus', async ({ page }) => {
    await page.goto('/timeline?panels=us-origin-share');
    const rail = page.getByRole('region', { name: 'Figures on the same time scale' });
    await rail
      .getByRole('toolbar', { name: 'Policy events on the chart' })
      .getByRole('button', { name: 'ATF establishes Operation Southbound' })
      .click();
    await expect(page).toHaveURL(/event=operation-southbound-established/);
    await expect(page.getByRole('complementary', { name: 'Selected event' })).toContainText(
      'ATF establishes Operation Southbound',
    );
    const figure = rail.getByRole('listitem').first();
    await figure.focus();
    await expect(rail.locator('.strip-tooltip')).toContainText('87%');
    await page.keyboard.press('ArrowRight');
    await expect(rail.locator('.strip-tooltip')).toContainText('68.4%');
  });
});

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });
  test('the list is the default and nothing overflows; the axis still fits', async ({ page }) => {
    await page.goto('/timeline');
    await settled(page);
    await expect(page.getByRole('button', { name: 'List' })).toHaveAttribute('aria-pressed', 'true');
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Time axis' }).click();
    await expect(page.getByRole('group', { name: /Time axis of events/ })).toBeVisible();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
  });
  test('the charts are off by default and stack under the list when shown', async ({ page }) => {
    await page.goto('/timeline');
    await settled(page);
    await page.getByRole('button', { name: 'Show charts' }).click();
    const rail = page.getByRole('region', { name: 'Figures on the same time scale' });
    // The default charts (the share of U.S. origin among them).
    await expect(
      rail.getByRole('heading', { name: 'Share of guns recovered in Mexico that came from the U.S.' }),
    ).toBeVisible();
    const list = await page.locator('.event-list').last().boundingBox();
    const charts = await rail.boundingBox();
    if (!list || !charts) throw new Error('not laid out');
    expect(charts.y).toBeGreaterThan(list.y + list.height - 1);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
  });
});
