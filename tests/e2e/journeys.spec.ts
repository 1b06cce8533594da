import { expect, settled, test } from './fixtures';

test('switching language goes to the page’s /es/ address, sets <html lang> and survives a reload', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/timeline');
  await settled(page);
  await page.getByRole('link', { name: 'Español' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cronología' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page).toHaveURL(/\/es\/timeline$/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Cronología' })).toBeVisible();
  // An English address stays English; the remembered choice is offered in one click, never imposed.
  await page.goto('/about');
  await expect(page.getByRole('heading', { level: 1, name: 'About' })).toBeVisible();
  await page.getByRole('link', { name: 'Leerla en español' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Acerca del sitio' })).toBeVisible();
  await expect(page).toHaveURL(/\/es\/about$/);
  expect(consoleErrors).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, locale: 'en-US' });

  test('the other language is offered in one row, its sentence still read out', async ({ page }) => {
    await page.goto('/es/timeline');
    const offer = page.getByRole('complementary', { name: 'In English' });
    await expect(offer.getByRole('link', { name: 'Read it in English' })).toBeVisible();
    await expect(offer.getByRole('button', { name: 'Stay in Spanish' })).toBeVisible();
    // One row: it covers no more of the screen than its button needs.
    const box = await offer.boundingBox();
    expect(box?.height).toBeLessThan(50);
    // Hidden from sight, not from a screen reader.
    await expect(offer).toContainText('This page is also in English.');
    await offer.getByRole('button', { name: 'Stay in Spanish' }).click();
    await expect(offer).toHaveCount(0);
  });
});

test('an old ?lang=es link opens the /es/ address with the rest of its query', async ({ page }) => {
  await page.goto('/timeline?lang=es&category=litigation&utm_source=newsletter');
  await expect(page.getByRole('heading', { level: 1, name: 'Cronología' })).toBeVisible();
  await expect(page).toHaveURL(/\/es\/timeline\?category=litigation$/);
});

test('a deep link reloads to the same view', async ({ page }) => {
  await page.goto('/es/storylines/bsca');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ley Bipartidista para Comunidades más Seguras' }),
  ).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ley Bipartidista para Comunidades más Seguras' }),
  ).toBeVisible();
  await page
    .getByRole('region', { name: 'Etapas' })
    .getByRole('link', { name: /El presidente Biden firma/ })
    .click();
  await expect(page).toHaveURL(/\/es\/events\/bsca-signed$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/es\/storylines\/bsca$/);
});

test('keyboard users can skip to the content', async ({ page }) => {
  await page.goto('/');
  await settled(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('a failed request shows a clear message and a retry, never a blank page', async ({ page }) => {
  let fail = true;
  await page.route('**/api/v1/metrics.json', (route) =>
    fail ? route.fulfill({ status: 503, body: 'down' }) : route.continue(),
  );
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('The server answered with an error (503)');
  await expect(page.getByRole('heading', { name: 'Latest developments' })).toBeVisible();
  fail = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('article', { name: 'Guns trafficked to Mexico each year' })).toBeVisible();
});

test('malformed data is reported, not shown as a silent wrong number', async ({ page }) => {
  await page.route('**/api/v1/events.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"apiVersion":1,' }),
  );
  await page.goto('/timeline');
  await expect(page.getByRole('alert')).toContainText('not valid JSON');
});

test('the dataset is validated in a worker, off the page’s main thread', async ({ page }) => {
  const worker = page.waitForEvent('worker');
  await page.goto('/timeline?view=list');
  await settled(page);
  expect((await worker).url()).toMatch(/validate\.worker-[\w-]+\.js$/);
  await expect(page.getByRole('heading', { level: 3 }).first()).toBeVisible();
});

test('if the data worker cannot start, the page validates the data itself', async ({ page }) => {
  await page.route('**/assets/validate.worker-*.js', (route) => route.abort());
  await page.route('**/api/v1/events.json', async (route) => {
    const body = (await (await route.fetch()).json()) as { data: Record<string, unknown>[] };
    await route.fulfill({ json: { ...body, data: [...body.data, { id: 'Not A Slug' }] } });
  });
  const warned = page.waitForEvent('console', (m) => m.text().includes('data worker failed'));
  await page.goto('/timeline?view=list');
  await settled(page);
  await warned;
  // Still validated: the bad record is left out and reported, the rest shows.
  await expect(page.getByText('1 record left out')).toBeVisible();
  await expect(page.getByRole('link', { name: /Bipartisan Safer Communities Act/ }).first()).toBeVisible();
});

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });
  for (const path of ['/', '/timeline', '/events/mexico-sues-gun-makers', '/metrics/seizures', '/sources']) {
    test(`${path} fits the screen without sideways scrolling`, async ({ page }) => {
      await page.goto(path);
      await settled(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});
