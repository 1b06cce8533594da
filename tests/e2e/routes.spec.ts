import AxeBuilder from '@axe-core/playwright';
import { expect, settled, test } from './fixtures';

const ROUTES = [
  ['/', 'Iron River Tracker'],
  ['/timeline', 'Timeline'],
  ['/events/mexico-sues-gun-makers', 'Mexico sues U.S. gun makers in federal court in Boston'],
  ['/storylines', 'Storylines'],
  ['/storylines/project-thor', 'Project Thor'],
  ['/metrics', 'Metrics'],
  ['/metrics/trafficking-estimates', 'Annual trafficking estimates'],
  ['/sources', 'Sources'],
  ['/glossary', 'Glossary'],
  ['/about', 'About the tracker'],
  ['/no/such/page', 'Page not found'],
  ['/events/no-such-event', 'Page not found'],
] as const;

for (const [path, heading] of ROUTES) {
  test(`${path} loads without console errors and passes axe`, async ({ page, consoleErrors }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await settled(page);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
}

test('dark theme also passes axe colour contrast', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  for (const path of ['/', '/events/bsca-signed', '/metrics/seizures']) {
    await page.goto(path);
    await settled(page);
    const results = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
    expect(results.violations.map((v) => v.nodes.map((n) => n.target.join(' ')).join(', '))).toEqual([]);
  }
  await context.close();
});
