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
      // A chart (a group of marks named by the panel), or a list of dated statements for figures in units of their own.
      await expect(
        page
          .getByRole('group', { name: title })
          .or(page.getByRole('list', { name: title }))
          .first(),
      ).toBeVisible();
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

  for (const width of [375, 1280])
    test(`no figure, name or axis label is cut at a chart's edge (${String(width)} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const [id, title] of PANELS) {
        await page.goto(`/metrics/${id}`);
        await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
        // Charts are drawn once their figure is in view: scrolled to, and every box drawn.
        await page.locator('.chart-figure').scrollIntoViewIfNeeded();
        await expect(page.locator('.chart-figure .chart-box')).toHaveCount(0);
        const charts = page.locator('.chart-figure svg.recharts-surface');
        if ((await charts.count()) === 0) continue;
        await expect(charts.first().locator('text').first()).toBeVisible();
        const cut = await charts.evaluateAll((svgs) =>
          svgs.flatMap((svg) => {
            const box = svg.getBoundingClientRect();
            return [...svg.querySelectorAll('text')]
              .filter((t) => t.textContent.trim() !== '')
              .map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }))
              .filter(({ r }) => r.left < box.left - 1 || r.right > box.right + 1)
              .map(({ text }) => text);
          }),
        );
        expect(cut, `${id}: text outside its chart`).toEqual([]);
      }
    });

  test('hovering a figure shows its exact value, period and estimator, and empty space shows nothing', async ({
    page,
  }) => {
    await page.goto('/metrics/trafficking-estimates');
    const chart = page.getByRole('group', { name: 'Annual trafficking estimates' });
    const first = chart.getByRole('img', { name: /^212,887/ });
    await first.hover();
    // The test dataset's first estimate: McDougal et al., with its 95% range.
    const tip = page.locator('.chart-tooltip');
    await expect(tip).toContainText('212,887');
    await expect(tip).toContainText('2010 – 2012');
    await expect(tip).toContainText('McDougal, Shirk, Muggah & Patterson');
    // The tooltip belongs to the mark: over the axis, away from every mark, there is none.
    const box = await chart.boundingBox();
    await page.mouse.move((box?.x ?? 0) + 4, (box?.y ?? 0) + (box?.height ?? 0) - 4);
    await expect(tip).toHaveCount(0);
    // Another mark shows its own figure, not its neighbour's.
    const thor = chart.getByRole('img', { name: /^250,000 to 1,000,000/ });
    await thor.hover();
    await expect(tip).toContainText('250,000 to 1,000,000');
    await expect(tip).not.toContainText('212,887');
  });

  test('on a phone, a chart below the fold and its code wait until the reader scrolls to it', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 412, height: 500 });
    const chartCode: string[] = [];
    page.on('request', (r) => {
      if (/\/assets\/metric-charts-/.test(r.url())) chartCode.push(r.url());
    });
    await page.goto('/metrics/atf-mexico-traces');
    await settled(page);
    const figure = page.locator('.chart-figure');
    await expect(figure).not.toBeInViewport();
    // Its box holds the chart's place; neither Recharts nor the chart has been asked for.
    await expect(figure.locator('.chart-box')).toHaveCount(1);
    await expect(
      figure.getByRole('group', { name: 'ATF traces of firearms recovered in Mexico, by year' }),
    ).toHaveCount(0);
    expect(chartCode).toEqual([]);
    const before = await figure.boundingBox();
    await figure.scrollIntoViewIfNeeded();
    await expect(
      figure.getByRole('group', { name: 'ATF traces of firearms recovered in Mexico, by year' }),
    ).toBeVisible();
    expect(chartCode).toHaveLength(1);
    // The chart took its box's place: the figure kept its top (nothing above it moved).
    const after = await figure.boundingBox();
    expect(Math.abs((after?.y ?? 0) + (await page.evaluate(() => scrollY)) - (before?.y ?? 0))).toBeLessThan(
      1,
    );
  });

  test('printed on a phone, a panel carries the chart the reader never scrolled to', async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 500 });
    await page.goto('/metrics/atf-mexico-traces');
    await settled(page);
    await expect(page.locator('.chart-figure .chart-box')).toHaveCount(1);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(
      page.getByRole('group', { name: 'ATF traces of firearms recovered in Mexico, by year' }),
    ).toBeVisible();
  });

  test('U.S. and Mexican seizures each get a chart on their own scale', async ({ page }) => {
    await page.goto('/metrics/seizures');
    const us = page.getByRole('group', {
      name: 'Firearms seized: Seized in the U.S., bound for Mexico',
    });
    const mx = page.getByRole('group', { name: 'Firearms seized: Seized in Mexico' });
    await expect(us).toBeVisible();
    await mx.scrollIntoViewIfNeeded();
    await expect(mx).toBeVisible();
    // The U.S. chart's scale tops out in the thousands, the Mexican one in the hundred thousands
    // (the test dataset's largest: about 9,700 and 105,000), each in even round steps.
    await expect(us).toContainText('12,500');
    await expect(us).not.toContainText('125,000');
    await expect(mx).toContainText('125,000');
    await expect(us).toContainText('2,500');
    await expect(us).not.toContainText('1,200');
  });

  test('printed, a panel carries its chart, table and sources, and no buttons', async ({ page }) => {
    await page.goto('/metrics/atf-mexico-traces');
    await expect(page.getByRole('table')).toHaveCount(0);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.chart-frame').first()).toBeVisible();
    await expect(page.getByRole('table').first()).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Sources for these figures' })).toBeVisible();
    await expect(page.getByRole('tablist')).toBeHidden();
    await expect(page.getByRole('button', { name: /Download/ }).first()).toBeHidden();
    await expect(page.getByRole('button', { name: /Copy link/ })).toBeHidden();
  });

  test('the chart, table and sources tabs follow arrows, Home and End', async ({ page }) => {
    await page.goto('/metrics/trafficking-estimates');
    const tabs = page.getByRole('tablist');
    await tabs.getByRole('tab', { name: 'Chart' }).focus();
    await page.keyboard.press('End');
    await expect(tabs.getByRole('tab', { name: 'Sources' })).toBeFocused();
    await expect(tabs.getByRole('tab', { name: 'Sources' })).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Home');
    await expect(tabs.getByRole('tab', { name: 'Chart' })).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(tabs.getByRole('tab', { name: 'Sources' })).toBeFocused();
  });

  test('every figure is reachable by keyboard: Tab to the chart, arrows, Home and End, Escape', async ({
    page,
  }) => {
    await page.goto('/metrics/trafficking-estimates');
    const chart = page.getByRole('group', { name: 'Annual trafficking estimates' });
    await chart.focus();
    await page.keyboard.press('ArrowRight');
    // The figures' marks (the chart's own drawing is an image too, but not a stop).
    const marks = chart.locator('[data-mark]');
    await expect(marks.first()).toBeFocused();
    const tip = page.locator('.chart-tooltip');
    await expect(tip).toContainText('212,887');
    await page.keyboard.press('ArrowRight');
    await expect(marks.nth(1)).toBeFocused();
    await page.keyboard.press('End');
    await expect(marks.last()).toBeFocused();
    await page.keyboard.press('Home');
    await expect(marks.first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(chart).toBeFocused();
    await expect(tip).toHaveCount(0);
    // The 95% range around the journal estimate is drawn and named, in a style of its own (a line
    // with end marks, not a source's range bar), and the key says so.
    await expect(chart).toContainText('95% range');
    await expect(chart.locator('g[stroke] > line')).toHaveCount(3);
    await expect(page.getByText(/line with end marks: a statistical range/)).toBeVisible();
  });

  test('yearly figures are bars with the empty years left visibly empty, and disputed years side by side', async ({
    page,
  }) => {
    await page.goto('/metrics/atf-mexico-traces');
    const chart = page.getByRole('group', { name: /ATF traces/ }).first();
    await expect(chart.getByRole('img', { name: '2013: no published figure' })).toBeVisible();
    await expect(chart.getByRole('img', { name: '2015: no published figure' })).toBeVisible();
    await expect(
      page.getByText('Empty slot: no published figure for that year (a gap, not a zero)'),
    ).toBeVisible();
    await chart.getByRole('img', { name: '2013: no published figure' }).hover();
    await expect(page.locator('.chart-tooltip')).toHaveText('2013: no published figure');
  });

  test('multi-year totals span the years they cover, each saying how many, never on yearly bars', async ({
    page,
  }) => {
    await page.goto('/metrics/mexico-bound-seizure-announcements');
    const chart = page.getByRole('group', { name: /Mexico-bound|announced/i }).first();
    await expect(chart).toContainText('· 0.5 years');
    await expect(
      page.locator('p', { hasText: /^Each bar spans the years one published total covers/ }),
    ).toBeVisible();
  });

  test('running totals are steps, each published total a point', async ({ page }) => {
    await page.goto('/metrics/bsca-prosecutions');
    const chart = page.getByRole('group', { name: /BSCA|Safer Communities/ }).first();
    await expect(chart.locator('[data-mark]')).toHaveCount(4);
    await expect(
      page.locator('.chart-keys').getByText(/Running totals: each step is a newly published total/),
    ).toBeVisible();
  });

  test('figures in units of their own are listed as dated statements, not plotted together', async ({
    page,
  }) => {
    await page.goto('/metrics/us-investigations-prosecutions');
    const list = page.getByRole('list', { name: /investigation/i });
    // One statement per figure (each with its own list of sources inside).
    await expect(list.locator(':scope > li')).toHaveCount(4);
    await expect(list).toContainText('arrests');
    await expect(page.locator('.chart-frame')).toHaveCount(0);
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
      await expect(page.getByRole('group', { name: /Share of guns recovered/ })).toBeVisible();
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
        // The series key travels with the image, and so does the key to the numbered event markers.
        expect(text).toContain('ATF traces (U.S.-sourced share)');
        const marked = await page.locator('.marked-events li').allTextContents();
        expect(marked.length).toBeGreaterThan(0);
        expect(text).toContain(`1. ${(marked[0] ?? '').slice(0, 12)}`);
      } else {
        expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
      }
    });
  }

  test('an image is drawn for the image, not copied from the screen: the same on a phone and from the table', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/metrics/us-origin-share?tab=table');
    await expect(page.getByRole('table').first()).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download: SVG' }).click(),
    ]);
    const text = readFileSync(await download.path()).toString('utf8');
    // The chart is drawn at the image's width (1200 less its margins), whatever the screen's.
    expect(text).toMatch(/<svg[^>]*viewBox="0 0 1136 \d+/);
    expect(text).toContain('data-mark=');
    expect(text).toContain('ATF traces (U.S.-sourced share)');
    // Nothing of the drawing is left on the page.
    await expect(page.locator('.export-stage')).toHaveCount(0);
  });

  test('a Spanish image is in Spanish, down to the publishers of copied sources', async ({ page }) => {
    await page.goto('/es/metrics/bsca-prosecutions');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.chart-figure svg.recharts-surface').first()).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Descargar: SVG' }).click(),
    ]);
    const text = readFileSync(await download.path()).toString('utf8');
    expect(text).toContain('Fuentes:');
    expect(text).toContain('(copia en ');
    expect(text).not.toContain('(copy on ');
    // The overflowing last tick label of a chart is drawn, not cut at the chart's box.
    expect(text).toContain('overflow="visible"');
  });
});
