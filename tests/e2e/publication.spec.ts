import { strFromU8, unzipSync } from 'fflate';
import { expect, settled, test } from './fixtures';

// The e2e build sets VITE_CORRECTIONS_URL (package.json, test:e2e) to an example issue form.
test('"Suggest a correction" opens the configured form with the record filled in', async ({ page }) => {
  await page.goto('/events/bsca-signed');
  await settled(page);
  const link = page.getByRole('link', { name: /Suggest a correction/ });
  const target = new URL((await link.getAttribute('href')) ?? '');
  expect(target.origin).toBe('https://corrections.example');
  expect(target.searchParams.get('record')).toBe('bsca-signed');
  expect(target.searchParams.get('title')).toMatch(/^Correction: .*Bipartisan Safer Communities Act/);
  // The address the reader opened (the page is drawn with the site's, then says where it is).
  await expect
    .poll(async () => new URL((await link.getAttribute('href')) ?? '').searchParams.get('page'))
    .toBe(new URL('/events/bsca-signed', page.url()).href);
});

test('"Cite this" downloads BibTeX and RIS for a reference manager', async ({ page }) => {
  await page.goto('/events/supreme-court-rules-for-gun-makers');
  await settled(page);
  const cite = page.getByRole('region', { name: 'Cite this' });
  const [bib] = await Promise.all([
    page.waitForEvent('download'),
    cite.getByRole('button', { name: /Download BibTeX/ }).click(),
  ]);
  expect(bib.suggestedFilename()).toBe('supreme-court-rules-for-gun-makers.bib');
  const text = await (await bib.createReadStream()).toArray();
  expect(Buffer.concat(text).toString('utf8')).toContain('@misc{irt-supreme-court-rules-for-gun-makers,');
  await cite.getByText('Bluebook').click();
  await expect(cite.getByLabel('Citation, Bluebook')).toContainText('No. 23-1141 (U.S. June 5, 2025)');
});

test('the full dataset downloads as one zip of this version, JSON, CSV and codebook', async ({ page }) => {
  await page.goto('/about');
  await settled(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /iron-river-tracker-fixture\.2\.zip/ }).click(),
  ]);
  const chunks = await (await download.createReadStream()).toArray();
  const files = unzipSync(new Uint8Array(Buffer.concat(chunks)));
  expect(Object.keys(files)).toEqual(
    expect.arrayContaining([
      'iron-river-tracker-fixture.2/json/events.json',
      'iron-river-tracker-fixture.2/csv/events.csv',
      'iron-river-tracker-fixture.2/csv/observations.csv',
      'iron-river-tracker-fixture.2/codebook.md',
    ]),
  );
  const csv = files['iron-river-tracker-fixture.2/csv/events.csv'];
  // UTF-8 with a byte-order mark (Excel), then the header.
  expect([...(csv ?? []).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(strFromU8(csv ?? new Uint8Array()).startsWith('id,')).toBe(true);
});

test('What changed and the codebook are a link away from every page, in Spanish too', async ({ page }) => {
  await page.goto('/es/glossary');
  await settled(page);
  await page.getByRole('contentinfo').getByRole('link', { name: 'Qué cambió' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Qué cambió' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Versión fixture\.2/ })).toBeVisible();
  await page.getByRole('contentinfo').getByRole('link', { name: 'Libro de códigos' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Libro de códigos' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Categorías' })).toBeVisible();
});

test('a storyline says when the monitor last checked its official sources, and What changed credits the monitor', async ({
  page,
}) => {
  await page.goto('/storylines/mexico-v-smith-wesson');
  await settled(page);
  await expect(page.getByRole('region', { name: /^Status/ })).toContainText(
    'Its official sources last checked by the monitor on November 30, 2026',
  );
  await page.goto('/es/storylines/mexico-v-smith-wesson');
  await settled(page);
  await expect(page.getByRole('region', { name: /^Situación/ })).toContainText(
    'Sus fuentes oficiales, revisadas por el monitor por última vez el 30 de noviembre de 2026',
  );
  await page.goto('/changes');
  await settled(page);
  await page
    .getByText(/^Added \(\d+ records\)$/)
    .first()
    .click();
  const item = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'Project Thor launched' }) })
    .last();
  await expect(item).toContainText(
    'found by the monitor in the Federal Register, then written and checked by an editor',
  );
  // An event an editor found carries no such credit.
  await expect(
    page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: /GAO-09-709/ }) })
      .last(),
  ).not.toContainText('monitor');
});
