import { expect, settled, test } from './fixtures';
import { emptyLaneY } from '../tools/axis-points';

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

  test('every row label fits its row, in both languages', async ({ page }) => {
    for (const path of ['/timeline', '/es/timeline']) {
      await page.goto(path);
      await settled(page);
      await expect(page.locator('.axis-lanes .item').first()).toBeVisible();
      const overflowing = await page.evaluate(() =>
        [...document.querySelectorAll('.axis-row')].flatMap((row) => {
          const label = row.querySelector('.lane-label');
          if (!label) return [];
          const r = row.getBoundingClientRect();
          const l = label.getBoundingClientRect();
          return l.top < r.top - 0.5 || l.bottom > r.bottom + 0.5 ? [label.textContent] : [];
        }),
      );
      expect(overflowing, path).toEqual([]);
    }
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

  test('Home and End move focus at once; the first arrow goes on in time from where focus starts', async ({
    page,
  }) => {
    await page.goto('/timeline');
    const axis = page.getByRole('group', { name: /Time axis of events/ });
    // Focus starts on the first event in view (the one in the tab order).
    const start = axis.locator('.item[tabindex="0"]');
    const startName = (await start.getAttribute('aria-label')) ?? '';
    await start.focus();
    await page.keyboard.press('ArrowRight');
    const next = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    expect(next).not.toBe(startName);
    // The next event in time: one step back is where focus started (from an earlier one it would not be).
    await page.keyboard.press('ArrowLeft');
    await expect(axis.getByRole('button', { name: startName, exact: true })).toBeFocused();
    await page.keyboard.press('End');
    await expect(axis.getByRole('button', { name: /^June 5, 2025: Supreme Court/ })).toBeFocused();
    await page.keyboard.press('Home');
    await expect(axis.getByRole('button', { name: /^June 18, 2009: GAO finds/ })).toBeFocused();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await expect(axis.getByRole('button', { name: /^February 20, 2025: Sinaloa Cartel/ })).toBeFocused();
    await page.keyboard.press('Home');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('button');
  });

  test('marks carry their titles where there is room, and a tooltip on hover and focus', async ({ page }) => {
    await page.goto('/timeline?storyline=bsca&axis=2022-06-18..2022-07-02');
    const axis = page.getByRole('group', { name: /Time axis of events/ });
    // Zoomed to two weeks, the three BSCA events (one a day) read as words, not dots.
    await expect(axis.locator('.mark-label')).toHaveCount(3);
    await expect(axis.locator('.mark-label').first()).toContainText('Senate passes');
    const signed = axis.getByRole('button', { name: /^June 25, 2022: President Biden signs/ });
    await signed.hover();
    const tip = page.getByRole('tooltip');
    await expect(tip).toContainText('President Biden signs the Bipartisan Safer Communities Act');
    await expect(tip).toContainText('June 25, 2022');
    await expect(tip).toContainText('Confirmed');
    await page.mouse.move(0, 0);
    await expect(tip).toHaveCount(0);
    await signed.focus();
    await expect(page.getByRole('tooltip')).toContainText('June 25, 2022');
    await expect(signed).toHaveAttribute('aria-describedby', /axis-tip-/);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('tooltip')).toHaveCount(0);
  });

  test('no title runs under the "Today" label', async ({ page }) => {
    const address = '/timeline?view=axis&axis=2008-08-03..2027-10-18';
    await page.goto(address);
    await settled(page);
    const firstLane = page.locator('.axis-lanes > .axis-row').first();
    // A title on the line above the top lane's marks, and the date a third of the way along it.
    const label = await firstLane.locator('.mark-label.above').first().boundingBox();
    const lane = await firstLane.locator('.lane-plot').boundingBox();
    if (!label || !lane) throw new Error('no title above the top lane');
    const [a, b] = [Date.UTC(2008, 7, 3), Date.UTC(2027, 9, 19)];
    const at = a + ((label.x + label.width / 3 - lane.x) / lane.width) * (b - a);
    // Today is that date: its label stands where that title ran.
    await page.clock.setFixedTime(new Date(at));
    await page.goto(address);
    await settled(page);
    const today = await page.locator('.today-label').boundingBox();
    if (!today) throw new Error('no today label');
    expect(Math.abs(today.x - (label.x + label.width / 3))).toBeLessThan(8);
    const overlaps = await firstLane.locator('.mark-label').evaluateAll(
      (labels, t) =>
        labels
          .map((l) => ({ text: l.textContent, r: l.getBoundingClientRect() }))
          .filter(
            ({ r }) => r.left < t.x + t.width && r.right > t.x && r.top < t.y + t.height && r.bottom > t.y,
          )
          .map(({ text }) => text),
      today,
    );
    expect(overlaps).toEqual([]);
  });

  test('zoom and range are in the address: a link reproduces the axis, Back restores it', async ({
    page,
  }) => {
    await page.goto('/timeline');
    const range = page.locator('.axis-toolbar .muted');
    const full = await range.textContent();
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await expect(page).toHaveURL(/axis=\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}/);
    const zoomed = await range.textContent();
    expect(zoomed).not.toBe(full);
    // The link opens the same view.
    const link = page.url();
    const other = await page.context().newPage();
    await other.goto(link);
    await expect(other.locator('.axis-toolbar .muted')).toHaveText(zoomed ?? '');
    await other.close();
    await page.goBack();
    await expect(range).toHaveText(full ?? '');
    // Panning stops at the data: a long drag to the right never shows decades of empty axis.
    const lanes = page.locator('.axis-lanes');
    const box = await lanes.boundingBox();
    if (!box) throw new Error('no axis');
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await page.mouse.move(box.x + box.width * 0.3, box.y + 30);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3 - 3000, box.y + 30, { steps: 10 });
    await page.mouse.up();
    const end = Number(/(\d{4})\s*$/.exec((await range.textContent()) ?? '')?.[1]);
    expect(end).toBeLessThanOrEqual(2030);
  });

  test('a skip link jumps past the filters to the results, and an empty result offers to clear them', async ({
    page,
  }) => {
    await page.goto('/timeline?q=nothing-matches-this');
    // The first stop of the page's content.
    await page.locator('main').focus();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the results' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#results')).toBeFocused();
    await expect(page.getByText('No event matches these filters.')).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page.getByText('18 of 18 events')).toBeVisible();
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

  test('while a zoom or a drag goes on, every mark stays on its date; once it pauses, the marks are laid out again', async ({
    page,
    consoleErrors,
  }) => {
    await page.goto('/timeline?panels=none');
    await settled(page);
    const lanes = page.locator('.axis-lanes');
    await expect(lanes.locator('.item').first()).toBeVisible();
    /**
     * Runs a gesture in the page, then reports, in the first frame after it, how far the marks in
     * view are from where their dates and the shown range put them, and whether the lanes were
     * still moved as one (the gesture not yet paused).
     */
    const during = (gesture: 'zoom' | 'drag', x: number, y: number) =>
      page.evaluate(
        async ([gesture, x, y]) => {
          const plot = document.querySelector('.axis-lanes') as HTMLElement;
          const shown = () => document.querySelector('.axis-toolbar .muted')?.textContent ?? '';
          const before = shown();
          const at = { clientX: x, clientY: y, bubbles: true };
          if (gesture === 'zoom') {
            for (let i = 0; i < 3; i++)
              plot.dispatchEvent(new WheelEvent('wheel', { ...at, deltaY: -100, ctrlKey: true }));
          } else {
            // The mouse is down (pointer 1): it moves left, a step at a time.
            for (let dx = 10; dx <= 150; dx += 10)
              plot.dispatchEvent(
                new PointerEvent('pointermove', { ...at, clientX: x - dx, pointerId: 1, isPrimary: true }),
              );
          }
          // The first frame that shows the new range (React may draw it a frame or two later while
          // it finishes other work; the marks are laid out again only 150 ms after that).
          const deadline = performance.now() + 5000;
          do await new Promise(requestAnimationFrame);
          while (shown() === before && performance.now() < deadline);
          const range = shown();
          const [a = NaN, b = NaN] = range.split(' – ').map((d) => Date.parse(`${d} UTC`));
          const lane = document.querySelector('.lane-plot')?.getBoundingClientRect();
          if (!lane) throw new Error('no lane');
          // (The shown range is to the day: its end is the whole of its last day.)
          const end = b + 86_400_000;
          let worst = 0;
          let counted = 0;
          for (const mark of document.querySelectorAll('.lane-marks > .item:not(.period)')) {
            const date = /^(\w+ \d+, \d{4}):/.exec(mark.getAttribute('aria-label') ?? '')?.[1];
            if (!date) continue;
            const r = mark.getBoundingClientRect();
            const x = r.left + r.width / 2 - lane.left;
            if (x < 0 || x > lane.width) continue;
            const expected = ((Date.parse(`${date} UTC`) - a) / (end - a)) * lane.width;
            worst = Math.max(worst, Math.abs(x - expected));
            counted++;
          }
          // Each dot, badge and title keeps its own size while its lane is scaled (a period's bar
          // alone stretches with its dates).
          let resized = 0;
          for (const mark of document.querySelectorAll<HTMLElement>(
            '.lane-marks > .item:not(.period), .lane-marks > .cluster, .lane-marks > .mark-label',
          ))
            resized = Math.max(resized, Math.abs(mark.getBoundingClientRect().width - mark.offsetWidth));
          const moved = [...document.querySelectorAll<HTMLElement>('.lane-marks')].some(
            (marks) => marks.style.transform !== '',
          );
          // Nothing under the pointer is looked up for the moving marks (no hit test each frame).
          const pointerless = [...document.querySelectorAll('.lane-marks > *')].every(
            (mark) => getComputedStyle(mark).pointerEvents === 'none',
          );
          return { worst, counted, moved, range, resized, pointerless };
        },
        [gesture, x, y] as const,
      );
    const start = await page.locator('.axis-toolbar .muted').textContent();
    const box = await lanes.boundingBox();
    if (!box) throw new Error('no lanes');
    const x = box.x + box.width * 0.6;
    const y = await emptyLaneY(page, x);
    for (const gesture of ['zoom', 'drag'] as const) {
      if (gesture === 'drag') {
        await page.mouse.move(x, y);
        await page.mouse.down();
      }
      const frame = await during(gesture, x, y);
      if (gesture === 'drag') await page.mouse.up();
      expect(frame.moved, `${gesture}: the lanes are moved as one while it goes on`).toBe(true);
      expect(frame.counted).toBeGreaterThan(3);
      expect(frame.worst, `${gesture}: marks on their dates (${frame.range})`).toBeLessThan(3);
      expect(frame.resized, `${gesture}: marks keep their size`).toBeLessThan(1);
      expect(frame.pointerless, `${gesture}: the moving marks take no pointer`).toBe(true);
      // Paused: laid out again for the range reached, nothing moved as one.
      await expect
        .poll(() =>
          page.evaluate(() =>
            [...document.querySelectorAll<HTMLElement>('.lane-marks')].every((m) => m.style.transform === ''),
          ),
        )
        .toBe(true);
      // …and take the pointer again.
      expect(
        await lanes
          .locator('.lane-marks > .item')
          .first()
          .evaluate((m) => getComputedStyle(m).pointerEvents),
      ).not.toBe('none');
    }
    expect(await page.locator('.axis-toolbar .muted').textContent()).not.toBe(start);
    // The address follows the range reached.
    await expect(page).toHaveURL(/axis=\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}/);
    expect(consoleErrors).toEqual([]);
  });

  test('Ctrl + wheel zooms the axis and not the page; a plain wheel is left to the page', async ({
    page,
  }) => {
    // What the browser is left to do with each wheel over the page (zoom it, scroll it, go Back).
    await page.addInitScript(() => {
      const seen: { ctrl: boolean; prevented: boolean }[] = [];
      Object.assign(window, { __wheels: seen });
      window.addEventListener('wheel', (e) => seen.push({ ctrl: e.ctrlKey, prevented: e.defaultPrevented }));
    });
    await page.goto('/timeline?panels=none');
    await settled(page);
    const shown = page.locator('.axis-toolbar .muted');
    const start = await shown.textContent();
    const box = await page.locator('.axis-lanes').boundingBox();
    if (!box) throw new Error('no lanes');
    await page.mouse.move(box.x + box.width / 2, await emptyLaneY(page, box.x + box.width / 2));
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -100);
    await page.keyboard.up('Control');
    await expect(shown).not.toHaveText(start ?? '');
    await page.mouse.wheel(0, 100);
    const wheels = () => page.evaluate(() => (window as unknown as { __wheels: object[] }).__wheels);
    await expect.poll(wheels).toEqual([
      { ctrl: true, prevented: true },
      { ctrl: false, prevented: false },
    ]);
  });

  test('clusters expand when zoomed', async ({ page }) => {
    await page.goto('/timeline?storyline=bsca');
    const cluster = page.getByRole('button', { name: /^3 events, June 23, 2022 to June 25, 2022/ });
    await cluster.click();
    await expect(page.getByRole('button', { name: /^June 24, 2022: House passes/ })).toBeVisible();
  });
});

test.describe('the time axis on a touch screen', () => {
  test.use({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });

  test('two fingers moving apart zoom in around the point between them', async ({ page, consoleErrors }) => {
    await page.goto('/timeline?view=axis&panels=none');
    await settled(page);
    const range = page.locator('.axis-toolbar .muted');
    const span = async () => {
      const [a = NaN, b = NaN] = ((await range.textContent()) ?? '').split(' – ').map((d) => Date.parse(d));
      return b - a;
    };
    const before = await span();
    await page.locator('.axis-lanes').scrollIntoViewIfNeeded();
    const box = await page.locator('.axis-lanes').boundingBox();
    if (!box) throw new Error('no lanes');
    const cdp = await page.context().newCDPSession(page);
    const y = box.y + 10;
    const mid = box.x + box.width * 0.7;
    const fingers = (apart: number) => [
      { x: mid - apart, y, id: 1 },
      { x: mid + apart, y, id: 2 },
    ];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(20) });
    for (let apart = 25; apart <= 60; apart += 5)
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(apart) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    // Three times as far apart: about a third of the span.
    await expect.poll(span).toBeLessThan(before * 0.45);
    expect(await span()).toBeGreaterThan(before * 0.2);
    await expect(page).toHaveURL(/axis=\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}/);
    // Once the fingers lift, the marks are laid out for the range reached.
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.lane-marks')].every((m) => m.style.transform === ''),
        ),
      )
      .toBe(true);
    expect(consoleErrors).toEqual([]);
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
    // No year or month on the date scale is cut off at its right edge, zoomed out or in.
    const cut = () =>
      page.evaluate(() => {
        const ruler = document.querySelector('.axis-ruler')?.getBoundingClientRect();
        if (!ruler) throw new Error('no ruler');
        return [...document.querySelectorAll('.axis-ruler .tick')]
          .filter((tick) => tick.textContent !== '' && tick.getBoundingClientRect().right > ruler.right + 0.5)
          .map((tick) => tick.textContent);
      });
    const range = page.locator('.axis-toolbar .muted');
    for (let zoom = 0; zoom < 4; zoom++) {
      expect(await cut(), (await range.textContent()) ?? '').toEqual([]);
      const before = await range.textContent();
      await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
      await expect(range).not.toHaveText(before ?? '');
    }
  });
  test('the page is marked live only once it is drawn as it stays: the whole list, not the served part', async ({
    page,
  }) => {
    // The years listed at the moment the page says it is live (tests and readers act from then on).
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.documentElement.hasAttribute('data-live')) return;
        observer.disconnect();
        (window as unknown as { __yearsAtLive: number }).__yearsAtLive =
          document.querySelectorAll('.year-group').length;
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-live'] });
    });
    await page.goto('/timeline');
    await settled(page);
    const years = page.locator('.year-group');
    // The fixture's events span more years than the served page lists (it draws the first part).
    await expect(years).not.toHaveCount(0);
    const atLive = await page.evaluate(() => (window as unknown as { __yearsAtLive: number }).__yearsAtLive);
    await page.waitForTimeout(500);
    expect(atLive).toBe(await years.count());
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
