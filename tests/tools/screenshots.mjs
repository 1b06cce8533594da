// Screenshots of every page for review: desktop and 375 px, English and Spanish, light and dark.
// Usage: npm run build && npx vite preview & node tests/tools/screenshots.mjs [baseUrl] [outDir]
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.ts';
import { mkdirSync } from 'node:fs';

const base = process.argv[2] ?? 'http://localhost:4173';
const out = process.argv[3] ?? 'reports/screenshots';
const pages = (
  process.env.PAGES ??
  '/,/timeline,/events/mexico-sues-gun-makers,/storylines,/storylines/mexico-v-smith-wesson,/metrics,/metrics/seizures,/sources,/glossary,/about,/nope'
).split(',');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions);
for (const [device, width] of [
  ['desktop', 1280],
  ['phone', 375],
]) {
  for (const lang of ['en', 'es']) {
    for (const scheme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
      const page = await context.newPage();
      for (const path of pages) {
        const url = `${base}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;
        await page.goto(url, { waitUntil: 'networkidle' });
        const name = `${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'overview'}-${device}-${lang}-${scheme}.png`;
        if (process.env.FULL === '1')
          // Charts are drawn as they come into view (ChartOrBox): scrolled through first.
          await page.evaluate(async () => {
            for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
              scrollTo(0, y);
              await new Promise((resolve) => setTimeout(resolve, 150));
            }
            scrollTo(0, 0);
          });
        await page.screenshot({ path: `${out}/${name}`, fullPage: process.env.FULL === '1' });
      }
      await context.close();
    }
  }
}
await browser.close();
console.log(`Screenshots in ${out}`);
