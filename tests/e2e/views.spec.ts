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
  await expect(page.getByText('4 of 18 events')).toBeVisible();

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

test('since your last visit: a first visit says so; an event added later is marked new until seen', async ({
  context,
  page,
}) => {
  await page.goto('/');
  await settled(page);
  const first = page.getByRole('region', { name: /What’s new since your last visit/ });
  await expect(first).toContainText('This is your first visit in this browser');

  // The dataset gains an event; the reader comes back in a new tab (a new session).
  const later = await context.newPage();
  await later.route('**/api/v1/events.json', async (route) => {
    const body = (await (await route.fetch()).json()) as { data: Record<string, unknown>[] };
    const copy = { ...body.data[0], id: 'test-new-event', updated: '2099-01-01' } as Record<string, unknown>;
    copy.title = { en: 'A newly published event', es: 'Un evento recién publicado' };
    await route.fulfill({ json: { ...body, data: [...body.data, copy] } });
  });
  await later.route('**/api/v1/meta.json', async (route) => {
    const body = (await (await route.fetch()).json()) as { data: { changelog: unknown[] } };
    body.data.changelog.push({
      version: '2099.01.01',
      date: '2099-01-01',
      summary: { en: 'One event added', es: 'Un evento agregado' },
      changes: [{ type: 'added', event: 'test-new-event' }],
    });
    await route.fulfill({ json: body });
  });
  await later.goto('/');
  await settled(later);
  const region = later.getByRole('region', { name: 'What’s new since your last visit (1)' });
  await expect(region.getByRole('link', { name: 'A newly published event' })).toBeVisible();
  await expect(region.getByText('New since your last visit', { exact: true })).toBeVisible();

  // The timeline (list and axis) and the event page mark it too.
  await later.goto('/timeline?view=list');
  await settled(later);
  await expect(
    later.getByRole('status').filter({ hasText: '1 new or updated since your last visit' }),
  ).toBeVisible();
  const item = later
    .getByRole('listitem')
    .filter({ has: later.getByRole('link', { name: 'A newly published event' }) });
  await expect(item.getByText('New since your last visit', { exact: true })).toBeVisible();
  await expect(later.getByText('New since your last visit', { exact: true })).toHaveCount(1);
  await item.getByRole('link', { name: 'A newly published event' }).click();
  await expect(later.getByRole('heading', { level: 1, name: 'A newly published event' })).toBeVisible();
  await expect(later.getByText('New since your last visit', { exact: true })).toBeVisible();
  await later.goto('/timeline?view=axis&event=test-new-event');
  await settled(later);
  await expect(
    later.getByRole('button', { name: /A newly published event \(New since your last visit\)$/ }),
  ).toHaveCount(1);

  await later.goto('/');
  await settled(later);
  await later.getByRole('button', { name: 'Mark all as seen' }).click();
  await expect(later.getByRole('region', { name: 'What’s new since your last visit (0)' })).toContainText(
    'Nothing has been added or changed since.',
  );
  await later.goto('/timeline?view=list');
  await settled(later);
  await expect(later.getByRole('link', { name: 'A newly published event' })).toBeVisible();
  await expect(later.getByText('New since your last visit', { exact: true })).toHaveCount(0);
});
