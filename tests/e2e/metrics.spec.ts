import { readFileSync } from 'node:fs';
import { expect, settled, test } from './fixtures';

import { fixtureDataset } from '../../mocks/data/dataset';

/** Every panel of the test dataset, with its title. */
const PANELS = (fixtureDataset.metrics as { data: { id: string; title: { en: string } }[] }).data.map(
  (m) => [m.id, m.title.en] as const,
);

test.describe('metric panels', () => {
  test.use({ viewport: { width: 1280, height: 900 } });
  for (const [id, title] of PANELS) {
    test(`${id}: chart with accessible title, then table and sources tabs`, async ({
      page,
      consoleErrors,
    }) => {
      await page.goto(`/metrics/${id}`);
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(page.getByRole('application', { name: title }).first()).toBeVisible();
      await page.getByRole('tab', { name: 'Table' }).click();
      await expect(page.getByRole('table')).toBeVisible();
      await expect(page).toHaveURL(/tab=table/);
      await page.getByRole('tab', { name: 'Sources' }).click();
      await expect(
        page.getByRole('region', { name: 'Sources for these figures' }).getByRole('link').first(),
      ).toBeVisible();
      expect(consoleErrors).toEqual([]);
    });
  }

  test('hovering a figure shows its exact value, period and estimator', async ({ page }) => {
    await page.goto('/metrics/trafficking-estimates');
    const point = page.locator('.recharts-scatter-symbol').first();
    await expect(point).toBeVisible();
    await point.hover();
    // The test dataset's first estimate: McDougal et al., with its 95% range.
    await expect(page.locator('.chart-tooltip')).toContainText('212,887');
    await expect(page.locator('.chart-tooltip')).toContainText('2010 – 2012');
    await expect(page.locator('.chart-tooltip')).toContainText('McDougal, Shirk, Muggah & Patterson');
  });

  test('U.S. and Mexican seizures each get a chart on their own scale', async ({ page }) => {
    await page.goto('/metrics/seizures');
    const us = page.getByRole('application', {
      name: 'Firearms seized: Seized in the U.S., bound for Mexico',
    });
    const mx = page.getByRole('application', { name: 'Firearms seized: Seized in Mexico' });
    await expect(us).toBeVisible();
    await expect(mx).toBeVisible();
    // The U.S. chart's scale tops out in the thousands, the Mexican one in the hundred thousands.
    await expect(us).toContainText('10,000');
    await expect(us).not.toContainText('60,000');
    await expect(mx).toContainText('60,000');
  });

  test('a figure is reachable by keyboard and shows its value, period and estimator', async ({ page }) => {
    await page.goto('/metrics/trafficking-estimates');
    const chart = page.getByRole('application', { name: 'Annual trafficking estimates' });
    await expect(chart).toBeVisible();
    await chart.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.chart-tooltip')).toBeVisible();
    await expect(page.locator('.chart-tooltip')).toContainText(/\d/);
    // The 95% range around the journal estimate is drawn and explained.
    await expect(chart).toContainText('95% range');
  });

  test('exports a CSV of exactly the figures shown, with sources', async ({ page }) => {
    await page.goto('/metrics/seizures');
    await settled(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Download: CSV/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('iron-river-seizures.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    // A byte-order mark first, so spreadsheets read the file as UTF-8.
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).toMatch(/^metric,series,value,low,high,qualifier,unit,period_start,period_end/);
    const seizures = (
      fixtureDataset.metrics as { data: { id: string; observations: unknown[] }[] }
    ).data.find((m) => m.id === 'seizures');
    expect(lines).toHaveLength((seizures?.observations.length ?? 0) + 1);
    expect(csv).toContain('seizures,us,1720,,,,firearms,2022-10-01,2023-03-31');
    expect(csv).toContain('https://www.cbsnews.com/');
  });

  test('an event page links to the panels that mark it, with the marker highlighted', async ({ page }) => {
    await page.goto('/events/operation-southbound-established');
    await page
      .getByRole('region', { name: 'Related figures' })
      .getByRole('link', { name: /Firearms seized/ })
      .click();
    await expect(page).toHaveURL(/highlight=operation-southbound-established/);
    await expect(
      page.getByRole('listitem').filter({ hasText: 'ATF establishes Operation Southbound' }),
    ).toHaveClass(/highlighted/);
  });
});

test.describe('image export', () => {
  test.use({ viewport: { width: 1280, height: 900 } });
  for (const format of ['SVG', 'PNG'] as const) {
    test(`downloads a non-empty ${format} that carries the title and sources`, async ({ page }) => {
      await page.goto('/metrics/us-origin-share');
      await expect(page.getByRole('application', { name: /Share of guns recovered/ })).toBeVisible();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: `Download: ${format}` }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`iron-river-us-origin-share.${format.toLowerCase()}`);
      const bytes = readFileSync(await download.path());
      expect(bytes.length).toBeGreaterThan(5000);
      if (format === 'SVG') {
        const text = bytes.toString('utf8');
        expect(text).toContain('<title>Share of guns recovered in Mexico that came from the U.S.</title>');
        expect(text).toContain('Sources:');
        expect(text).toContain('ATF figures cover only guns that Mexican authorities submitted');
        expect(text).not.toContain('var(--');
        // The series key travels with the image.
        expect(text).toContain('ATF traces (U.S.-sourced share)');
      } else {
        expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
      }
    });
  }
});
