import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, settled, test } from './fixtures';

const SENATE = /^Senate passes the Bipartisan Safer Communities Act/;
const HOUSE = /^House passes the Bipartisan Safer Communities Act/;
const SIGNED = /^President Biden signs the Bipartisan Safer Communities Act/;
const DOJ = /^DOJ reports more than 500 defendants/;
const NOTE = 'Mention the 65–33 Senate vote.';

/** The builder's slides, each one's title, in order. */
const titles = (page: Page) =>
  page
    .getByRole('region', { name: /^Slides \(/ })
    .getByRole('heading', { level: 3 })
    .allTextContents();

/** A PDF's page count. */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;

test.describe('the deck builder', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('a deck built from a storyline: reordered by drag and drop and by keyboard, with notes, saved, shared, exported and imported', async ({
    page,
    context,
    consoleErrors,
  }) => {
    await page.goto('/storylines/bsca');
    await settled(page);
    await page.getByRole('link', { name: 'Build a deck from this' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Build a deck' })).toBeVisible();
    await expect(page.getByText('Started a deck from 4 events.')).toBeVisible();
    await expect(page).toHaveURL(/\/present\/build$/);
    expect(await titles(page)).toEqual([
      expect.stringMatching(SENATE),
      expect.stringMatching(HOUSE),
      expect.stringMatching(SIGNED),
      expect.stringMatching(DOJ),
    ]);

    // Drag and drop: the last slide (by its handle) onto the first (both on screen: Playwright's
    // drag does not survive the page scrolling under it).
    await page.setViewportSize({ width: 1280, height: 1600 });
    const slides = page.locator('.builder-slide');
    await slides.nth(3).locator('.drag-handle').dragTo(slides.nth(0));
    await expect(
      page.getByRole('status').filter({ hasText: /^Moved DOJ reports .* to position 1 of 4$/ }),
    ).toBeAttached();
    expect((await titles(page))[0]).toMatch(DOJ);

    // By keyboard: the same slide back down one place, focus staying on its button.
    const down = page.getByRole('button', { name: /^Move down DOJ reports/ });
    await down.focus();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('status').filter({ hasText: /^Moved DOJ reports .* to position 2 of 4$/ }),
    ).toBeAttached();
    await expect(down).toBeFocused();
    const order = await titles(page);
    expect(order.map((t) => [SENATE, HOUSE, SIGNED, DOJ].findIndex((r) => r.test(t)))).toEqual([0, 3, 1, 2]);

    // The presenter's words.
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill('The BSCA in four moments');
    await page
      .getByRole('textbox', { name: /^Your note \(speaker view only\): President Biden signs/ })
      .fill(NOTE);
    const linkBox = page.getByRole('textbox', { name: 'Link to this deck' });
    const before = await linkBox.inputValue();
    await page.getByRole('textbox', { name: 'Closing words' }).fill('Questions?');
    await expect(linkBox).not.toHaveValue(before);
    await page.getByRole('button', { name: 'Save in this browser' }).click();
    await expect(page.getByText('Saved “The BSCA in four moments”.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Open The BSCA in four moments' })).toBeVisible();

    // Its link, within the stated limit; opened in a new page, the same slides in the same order.
    await expect(page.getByText(/^\d+ of 2,000 characters/)).toBeVisible();
    const link = new URL(await linkBox.inputValue());
    expect([...link.searchParams.keys()]).toEqual(['d']);
    const shared = await context.newPage();
    await shared.goto(`${link.pathname}${link.search}`);
    await expect(shared.getByRole('status').filter({ hasText: 'Slide 1 of 7' })).toBeVisible();
    const title = shared.getByRole('region', { name: 'Slide 1 of 7' });
    await expect(title.getByRole('heading', { level: 1, name: 'The BSCA in four moments' })).toBeVisible();
    // The QR code of the deck's link, drawn on the title slide.
    await expect(title.getByRole('img', { name: 'QR code of the link to this deck' })).toBeVisible();
    expect(await title.locator('svg.qr-code path').getAttribute('d')).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
    for (const [n, name] of order.entries()) {
      await shared.keyboard.press('ArrowRight');
      await expect(
        shared
          .getByRole('region', { name: `Slide ${String(n + 2)} of 7` })
          .getByRole('heading', { level: 1 }),
      ).toHaveText(name);
    }
    await shared.keyboard.press('End');
    await expect(shared.getByRole('heading', { level: 1, name: 'Questions?' })).toBeVisible();
    await expect(
      shared
        .getByRole('region', { name: 'Slide 7 of 7' })
        .getByRole('img', { name: 'QR code of the link to this deck' }),
    ).toBeVisible();

    // The speaker view shows the note with the slide; the audience's slide never does.
    const signedAt = order.findIndex((t) => SIGNED.test(t)) + 2;
    await shared.goto(`${link.pathname}${link.search}&slide=${String(signedAt)}&notes=1`);
    const notes = shared.getByRole('complementary', { name: 'Speaker notes' });
    await expect(notes.locator('li').first()).toHaveText(NOTE);
    await expect(notes).toContainText('117-159');
    await expect(shared.getByRole('region', { name: `Slide ${String(signedAt)} of 7` })).not.toContainText(
      NOTE,
    );

    // The handout: one slide per page, with each one's notes beneath when asked.
    await shared.getByRole('link', { name: 'Audience view' }).click();
    await shared.getByRole('button', { name: 'Print handout' }).click();
    await shared.getByRole('checkbox', { name: 'With notes (beneath each slide)' }).check();
    await shared.emulateMedia({ media: 'print' });
    const printed = await shared.evaluate(() =>
      [...document.querySelectorAll('.slide')].map((s) => ({
        shown: getComputedStyle(s).display !== 'none',
        breaks: getComputedStyle(s).breakAfter,
        notes: s.querySelector('.handout-notes')
          ? getComputedStyle(s.querySelector('.handout-notes') as Element).display
          : 'none',
      })),
    );
    expect(printed).toHaveLength(7);
    expect(printed.every((s) => s.shown && s.notes === 'block')).toBe(true);
    expect(printed.slice(0, -1).every((s) => s.breaks === 'page')).toBe(true);
    await expect(shared.getByText(NOTE)).toBeVisible();
    expect(pdfPages(await shared.pdf({ landscape: true }))).toBeGreaterThanOrEqual(7);
    await shared.close();

    // Exported as a file, and imported back over a changed deck: the same deck again.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export as a file (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('iron-river-deck-the-bsca-in-four-moments.json');
    const file = await readFile(await download.path(), 'utf8');
    expect(JSON.parse(file)).toMatchObject({ format: 'iron-river-tracker/deck', version: 1 });
    await page.getByRole('button', { name: /^Remove Senate passes/ }).click();
    expect(await titles(page)).toHaveLength(3);
    await page.getByLabel('Import a file').setInputFiles({
      name: 'deck.json',
      mimeType: 'application/json',
      buffer: Buffer.from(file),
    });
    await expect(page.getByText('Imported “The BSCA in four moments”.')).toBeVisible();
    expect(await titles(page)).toEqual(order);
    await expect(
      page.getByRole('textbox', { name: /^Your note \(speaker view only\): President Biden/ }),
    ).toHaveValue(NOTE);

    // Presented from the builder, Esc comes back to it, with the deck as it was.
    await page.getByRole('link', { name: /Present this deck/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'The BSCA in four moments' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/\/present\/build$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Build a deck' })).toBeVisible();
    expect(await titles(page)).toEqual(order);
    expect(consoleErrors).toEqual([]);
  });

  test('a curated deck’s notes show in its speaker view and carry into a deck built from it', async ({
    page,
  }) => {
    await page.goto('/present?deck=fixture-deck&slide=4&notes=1');
    const notes = page.getByRole('complementary', { name: 'Speaker notes' });
    await expect(notes.locator('li').first()).toHaveText(
      'Fixture note: pause here for questions on the act.',
    );
    await page.goto('/es/present?deck=fixture-deck&slide=4&notes=1');
    await expect(
      page.getByRole('complementary', { name: 'Notas del presentador' }).locator('li').first(),
    ).toHaveText('Nota de prueba: haga una pausa aquí para preguntas sobre la ley.');
    await page.goto('/present?deck=fixture-deck');
    await page.getByRole('link', { name: 'Build a deck from this' }).click();
    await expect(page.getByText('Started a deck from the one you opened.')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(
      'Five moments (fixture deck)',
    );
    expect(await titles(page)).toHaveLength(5);
    await expect(
      page.getByRole('textbox', { name: /^Your note \(speaker view only\): President Biden/ }),
    ).toHaveValue('Fixture note: pause here for questions on the act.');
  });

  test('a link that is not a deck says so, when presented and in the builder', async ({ page }) => {
    await page.goto('/present?d=zThisIsNotADeck');
    await expect(page.getByRole('heading', { level: 1, name: 'This deck cannot be shown' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('damaged or cut short');
    await page.goto('/present/build?d=j%3Cscript%3E');
    await expect(page.getByRole('alert')).toHaveText(
      'This link does not hold a deck: the part after “d=” is not one.',
    );
  });
});

test('on a phone the presentation’s controls keep to one row, in both languages', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  for (const path of ['/present?deck=fixture-deck', '/es/present?deck=fixture-deck&notes=1']) {
    await page.goto(path);
    await expect(page.getByRole('status').filter({ hasText: / 7$/ })).toBeVisible();
    const bar = await page.locator('.deck-controls').evaluate((nav) => {
      // Centred on one line: every control's middle at the same height.
      const middles = [...nav.children].map((c) => {
        const box = c.getBoundingClientRect();
        return Math.round(box.top + box.height / 2);
      });
      return {
        spread: Math.max(...middles) - Math.min(...middles),
        overflow: nav.scrollWidth - nav.clientWidth,
        right: nav.getBoundingClientRect().right,
      };
    });
    expect(bar.spread, path).toBeLessThanOrEqual(2);
    expect(bar.overflow, path).toBeLessThanOrEqual(0);
    expect(bar.right, path).toBeLessThanOrEqual(375);
    // The controls keep their names (for assistive technology) when they show only their pictures.
    await expect(
      page
        .getByRole('button', { name: 'Print handout' })
        .or(page.getByRole('button', { name: 'Imprimir material de apoyo' })),
    ).toBeVisible();
  }
});
