import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { fixtureDataset } from '../../mocks/data/dataset';
import { chromiumLaunchOptions } from '../tools/chromium';
import { expect, test } from './fixtures';

type Titled = { data: { id: string; title: { en: string; es: string } }[] };
const record = (resource: 'storylines' | 'metrics', id?: string) => {
  const items = (fixtureDataset[resource] as Titled).data;
  const found = id ? items.find((x) => x.id === id) : items[0];
  if (!found) throw new Error(`no ${resource} ${id ?? ''} in the test dataset`);
  return found;
};
const metric = record('metrics', 'atf-mexico-traces');
const storyline = record('storylines');
const version = (fixtureDataset.meta as { data: { datasetVersion: string } }).data.datasetVersion;

/** The site under test, as another site's page addresses it. */
const SITE = 'http://localhost:4176';
const HOST = 'http://other.example/';

/** Another site's page (served by the test, at another origin) that frames `path` of the site. */
async function frameOnAnotherSite(page: Page, path: string) {
  await page.route(HOST, (route) =>
    route.fulfill({
      contentType: 'text/html',
      // `data-live`: the page is ready as it is (the test fixture waits for it on every page).
      body: `<!doctype html><html lang="en" data-live><meta charset="utf-8"><title>A newsroom</title><h1>A newsroom’s story</h1><iframe src="${SITE}${path}" title="Embedded" width="640" height="720"></iframe></html>`,
    }),
  );
  await page.goto(HOST);
  return page.frameLocator('iframe');
}

// The other site's page is served by the test (page.route), which Chromium counts as a public site;
// its Local Network Access checks would refuse it any frame of this local server before the server's
// headers were even read. Off in this file: the site's own headers are what its framing tests test.
test.use({
  launchOptions: {
    ...chromiumLaunchOptions,
    args: [...chromiumLaunchOptions.args, '--disable-features=LocalNetworkAccessChecks'],
  },
});

test.describe('an embed framed by another site', () => {
  test('loads a panel’s embed, its chart drawn', async ({ page, consoleErrors }) => {
    const frame = await frameOnAnotherSite(page, `/embed/metrics/${metric.id}`);
    await expect(frame.getByRole('heading', { level: 1, name: metric.title.en })).toBeVisible();
    // Drawn by the embed's own script once it has hydrated the chart's part of the page.
    await expect(frame.getByRole('group', { name: metric.title.en })).toBeVisible();
    await expect(frame.locator('.recharts-wrapper')).toHaveCount(1);
    expect(consoleErrors).toEqual([]);
  });

  test('marks the panel’s storylines’ events on its chart, numbered and keyed', async ({
    page,
    consoleErrors,
  }) => {
    // The test dataset's seizures panel: figures over their periods, with Operation Southbound's and
    // the FTO designation's events marked (a panel of annual bars marks none, on its page too).
    const seizures = record('metrics', 'seizures');
    const frame = await frameOnAnotherSite(page, `/embed/metrics/${seizures.id}`);
    await expect(frame.locator('.recharts-wrapper').first()).toBeVisible();
    // One numbered mark per event in the key, as on the panel's page (hydrated with no mismatch).
    const key = frame.getByRole('list', { name: 'Marked events' });
    await expect(key.getByRole('listitem').first()).toBeVisible();
    const listed = await key.getByRole('listitem').count();
    // Each of its charts (one per scale) carries the same numbered marks.
    const charts = frame.locator('.chart-events');
    expect(await charts.count()).toBeGreaterThan(0);
    for (const chart of await charts.all()) {
      const numbered = await chart.locator('.chart-event title').allTextContents();
      expect(numbered).toHaveLength(listed);
      expect(numbered[0]).toMatch(/^1\. /);
    }
    expect(consoleErrors).toEqual([]);
  });

  test('is refused for the panel’s own page, which no other site may frame', async ({
    page,
    cspViolations,
  }) => {
    const frame = await frameOnAnotherSite(page, `/metrics/${metric.id}`);
    await expect.poll(() => page.frames().map((f) => f.url())).toContain('chrome-error://chromewebdata/');
    await expect(frame.getByRole('heading', { level: 1, name: metric.title.en })).toHaveCount(0);
    // Chromium says why: the page's own policy.
    await expect.poll(() => cspViolations.join('\n')).toMatch(/frame-ancestors 'none'/);
    cspViolations.length = 0;
  });

  test('is allowed by the headers of the embeds alone, in both languages', async ({ request }) => {
    const framing = async (path: string) =>
      /frame-ancestors ([^;,]+)/.exec(
        (await request.get(path)).headers()['content-security-policy'] ?? '',
      )?.[1];
    for (const path of [
      `/embed/metrics/${metric.id}`,
      `/es/embed/metrics/${metric.id}`,
      `/embed/storylines/${storyline.id}`,
      `/es/embed/storylines/${storyline.id}`,
    ])
      expect(await framing(path), path).toBe('*');
    for (const path of ['/', '/es', `/metrics/${metric.id}`, `/es/storylines/${storyline.id}`, '/timeline'])
      expect(await framing(path), path).toBe("'none'");
  });
});

test.describe('an embed', () => {
  for (const lang of ['en', 'es'] as const) {
    const prefix = lang === 'es' ? '/es' : '';
    const t = {
      en: {
        sources: 'Sources for these figures',
        version: `Dataset version ${version}`,
        back: 'See the full panel on Iron River Tracker',
      },
      es: {
        sources: 'Fuentes de estas cifras',
        version: `Versión del conjunto de datos ${version}`,
        back: 'Ver el panel completo en Iron River Tracker',
      },
    }[lang];

    test(`${prefix}/embed/metrics: its sources, the dataset version and a link back, and none of the site’s chrome`, async ({
      page,
      consoleErrors,
    }) => {
      await page.goto(`${prefix}/embed/metrics/${metric.id}`);
      await expect(page.getByRole('heading', { level: 1, name: metric.title[lang] })).toBeVisible();
      await expect(page.getByRole('group', { name: metric.title[lang] })).toBeVisible();
      const sources = page.getByRole('region', { name: t.sources });
      await expect(sources.getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
      await expect(page.getByText(t.version)).toBeVisible();
      const back = page.getByRole('link', { name: t.back });
      await expect(back).toHaveAttribute('href', new RegExp(`${prefix}/metrics/${metric.id}$`));
      await expect(back).toHaveAttribute('target', '_blank');
      await expect(back).toHaveAttribute('rel', 'noopener');
      // Every figure is in a table as well.
      await expect(page.getByRole('table')).toBeVisible();
      // No header, navigation, footer or language offer of the site.
      await expect(page.getByRole('banner')).toHaveCount(0);
      await expect(page.getByRole('navigation')).toHaveCount(0);
      await expect(page.getByRole('contentinfo')).toHaveCount(0);
      await expect(page.locator('.language-offer, .lang-switch')).toHaveCount(0);
      const axe = await new AxeBuilder({ page }).analyze();
      expect(
        axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
      expect(consoleErrors).toEqual([]);
    });
  }

  for (const width of [300]) {
    for (const path of [
      `/embed/metrics/${metric.id}`,
      `/es/embed/metrics/${metric.id}`,
      `/embed/storylines/${storyline.id}`,
      `/es/embed/storylines/${storyline.id}`,
    ])
      test(`${path} at ${String(width)} px: nothing wider than the frame`, async ({ page }) => {
        await page.setViewportSize({ width, height: 720 });
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        if (path.includes('/metrics/')) await expect(page.locator('.recharts-wrapper')).toHaveCount(1);
        const overflow = await page.evaluate(() => {
          const wider = [...document.querySelectorAll('body *')]
            .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
            .filter((el) => !el.closest('.table-wrap'))
            .map((el) => `${el.tagName.toLowerCase()}.${String(el.getAttribute('class'))}`);
          return { page: document.documentElement.scrollWidth - window.innerWidth, wider: wider.slice(0, 5) };
        });
        expect(overflow).toEqual({ page: 0, wider: [] });
      });
  }

  test('a storyline’s reads with JavaScript off: its stages, dated events, sources, version and link back', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/es/embed/storylines/${storyline.id}`);
    await expect(page.getByRole('heading', { level: 1, name: storyline.title.es })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Etapas' })).toBeVisible();
    const stages = page
      .getByRole('list')
      .filter({ has: page.getByRole('heading', { level: 3 }) })
      .first();
    await expect(stages.getByRole('listitem').first()).toBeVisible();
    await expect(page.locator('.stage-events time').first()).toHaveAttribute(
      'datetime',
      /^\d{4}(-\d{2}){0,2}$/,
    );
    await expect(page.locator('[aria-current="step"]')).toHaveCount(1);
    await expect(
      page
        .getByRole('region', { name: 'Fuentes de la situación y de los eventos' })
        .getByRole('link')
        .first(),
    ).toBeVisible();
    await expect(page.getByText(`Versión del conjunto de datos ${version}`)).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Ver la historia completa en Iron River Tracker' }),
    ).toHaveAttribute('href', new RegExp(`/es/storylines/${storyline.id}$`));
    // It needs no script: it has none.
    await expect(page.locator('script')).toHaveCount(0);
    await context.close();
  });

  test('a panel’s reads with JavaScript off too, and says its chart is not drawn', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/embed/metrics/${metric.id}`);
    await expect(page.getByRole('heading', { level: 1, name: metric.title.en })).toBeVisible();
    await expect(
      page.getByText('The chart could not be drawn here; every figure is in the table below.'),
    ).toBeVisible();
    await expect(page.getByText('Drawing the chart…', { exact: false })).toBeHidden();
    await expect(page.getByRole('table').getByRole('row')).not.toHaveCount(0);
    await context.close();
  });
});

test.describe('“Embed” on a page', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  test('on a Spanish panel, reveals the code of its Spanish embed, and copies it', async ({ page }) => {
    await page.goto(`/es/metrics/${metric.id}`);
    await expect(page.getByRole('heading', { level: 1, name: metric.title.es })).toBeVisible();
    const button = page.getByRole('button', { name: 'Insertar' });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const code = page.getByRole('textbox', { name: 'Código para insertar' });
    await expect(code).toHaveValue(
      new RegExp(
        `^<iframe src="http://localhost:4176/es/embed/metrics/${metric.id}" title="[^"]+ · Iron River Tracker" width="\\d+" height="\\d+" .*loading="lazy"></iframe>$`,
      ),
    );
    await page.getByRole('button', { name: 'Copiar código' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Código copiado' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
    // The code opens the embed it names.
    const src = /src="([^"]+)"/.exec(await code.inputValue())?.[1] ?? '';
    await page.goto(src);
    await expect(page.getByRole('heading', { level: 1, name: metric.title.es })).toBeVisible();
  });

  test('on an English storyline, reveals the code of its English embed', async ({ page }) => {
    await page.goto(`/storylines/${storyline.id}`);
    await page.getByRole('button', { name: 'Embed' }).click();
    await expect(page.getByRole('group', { name: 'Embed this storyline on your site' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Embed code' })).toHaveValue(
      new RegExp(`src="http://localhost:4176/embed/storylines/${storyline.id}"`),
    );
  });
});

test.describe('oEmbed discovery', () => {
  for (const path of [
    `/metrics/${metric.id}`,
    `/es/storylines/${storyline.id}`,
    `/embed/metrics/${metric.id}`,
  ]) {
    test(`${path} names its oEmbed response, which is valid JSON of type rich`, async ({ page, request }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const link = page.locator('link[rel="alternate"][type="application/json+oembed"]');
      await expect(link).toHaveCount(1);
      const href = (await link.getAttribute('href')) ?? '';
      // The build names the site at SITE_URL (here its default); the files are this server's.
      const response = await request.get(new URL(href).pathname);
      expect(response.headers()['content-type']).toMatch(/^application\/json/);
      const json = (await response.json()) as Record<string, unknown>;
      const kind = path.includes('storylines') ? 'storylines' : 'metrics';
      const lang = path.startsWith('/es/') ? 'es' : 'en';
      expect(json).toMatchObject({ type: 'rich', version: '1.0', provider_name: 'Iron River Tracker' });
      expect(json.html).toMatch(
        new RegExp(`^<iframe src="[^"]+${lang === 'es' ? '/es' : ''}/embed/${kind}/[\\w-]+" title="[^"]+"`),
      );
      expect(typeof json.width === 'number' && typeof json.height === 'number').toBe(true);
      const thumbnail = await request.get(new URL(String(json.thumbnail_url)).pathname);
      expect(thumbnail.headers()['content-type']).toBe('image/png');
    });
  }
});
