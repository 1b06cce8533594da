import { readFileSync, writeFileSync } from 'node:fs';
import { expect, settled, test } from './fixtures';

test('save, reload, rename, export, delete, import a view; a corrupt store is set aside', async ({
  page,
  consoleErrors,
}, testInfo) => {
  await page.goto('/timeline?storyline=bsca&view=list');
  await settled(page);
  await page.getByText(/^Saved views/).click();
  await page.getByRole('textbox', { name: 'Name this view' }).fill('BSCA for Tuesday');
  await page.getByRole('button', { name: 'Save view' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved “BSCA for Tuesday”.' })).toBeVisible();

  await page.goto('/timeline');
  await settled(page);
  await page.getByText(/^Saved views \(1\)/).click();
  await page.getByRole('button', { name: 'Rename BSCA for Tuesday' }).click();
  const box = page.getByRole('textbox', { name: 'Rename' });
  await box.fill('BSCA briefing');
  await box.press('Enter');
  const link = page.getByRole('link', { name: 'BSCA briefing' });
  await expect(link).toHaveAttribute('href', '/timeline?storyline=bsca&view=list');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export (JSON)' }).click(),
  ]);
  const exported = readFileSync(await download.path(), 'utf8');
  expect(JSON.parse(exported)).toMatchObject({
    views: [{ name: 'BSCA briefing', query: 'storyline=bsca&view=list' }],
  });

  await page.getByRole('button', { name: 'Delete BSCA briefing' }).click();
  await expect(page.getByRole('link', { name: 'BSCA briefing' })).toHaveCount(0);
  const file = testInfo.outputPath('views.json');
  writeFileSync(file, exported);
  await page.getByText('Import a file').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: 'Imported 1 view.' })).toBeVisible();
  await link.click();
  await expect(page.getByText('4 of 44 events')).toBeVisible();

  // A corrupt store: the page works, a notice says so, the old value is kept aside.
  await page.evaluate(() => {
    localStorage.setItem('irt:views', '{"v":1,"data":[{"broken":');
  });
  await page.reload();
  await settled(page);
  await expect(page.getByText(/could not be read \(your saved views\)/)).toBeVisible();
  const kept = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('irt:views:set-aside:')),
  );
  expect(kept).toHaveLength(1);
  expect(consoleErrors).toEqual([]);
});
