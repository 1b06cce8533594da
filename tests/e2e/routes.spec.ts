import AxeBuilder from '@axe-core/playwright';
import { ROUTES } from '../../src/config/routes';
import { fixtureDataset } from '../../mocks/data/dataset';
import { expect, settled, test } from './fixtures';

type Titled = { data: { id: string; title: { en: string; es: string } }[] };
const first = (resource: 'events' | 'storylines' | 'metrics' | 'decks') =>
  (fixtureDataset[resource] as Titled).data[0];
const event = first('events');
const storyline = first('storylines');
const metric = first('metrics');
const deck = first('decks');

/** An address for every route of the route table, filled from the test dataset, and its h1. */
const PAGES: Record<(typeof ROUTES)[number]['id'], { path: string; heading?: string | RegExp }> = {
  overview: { path: '/', heading: 'Iron River Tracker' },
  timeline: { path: '/timeline', heading: 'Timeline' },
  event: { path: `/events/${event?.id ?? ''}`, heading: event?.title.en },
  storylines: { path: '/storylines', heading: 'Storylines' },
  storyline: { path: `/storylines/${storyline?.id ?? ''}`, heading: storyline?.title.en },
  metrics: { path: '/metrics', heading: 'Metrics' },
  metric: { path: `/metrics/${metric?.id ?? ''}`, heading: metric?.title.en },
  sources: { path: '/sources', heading: 'Sources' },
  glossary: { path: '/glossary', heading: 'Glossary' },
  about: { path: '/about', heading: 'About the tracker' },
  changes: { path: '/changes', heading: 'What changed' },
  codebook: { path: '/codebook', heading: 'Codebook' },
  present: { path: `/present?deck=${deck?.id ?? ''}`, heading: deck?.title.en },
  'deck-builder': { path: '/present/build?storyline=bsca', heading: 'Build a deck' },
  'not-found': { path: '/no/such/page', heading: 'Page not found' },
};

const CHECKED = [
  ...ROUTES.map((route) => PAGES[route.id]),
  // The list view of the timeline, and a detail address whose record does not exist.
  { path: '/timeline?view=list', heading: 'Timeline' },
  { path: '/events/no-such-event', heading: 'Page not found' },
  // Spanish addresses: the overview, a list and each kind of record.
  { path: '/es', heading: 'Iron River Tracker' },
  { path: '/es/timeline', heading: 'Cronología' },
  { path: `/es/events/${event?.id ?? ''}`, heading: event?.title.es },
  { path: `/es/storylines/${storyline?.id ?? ''}`, heading: storyline?.title.es },
  { path: `/es/metrics/${metric?.id ?? ''}`, heading: metric?.title.es },
  { path: '/es/no/such/page', heading: 'Página no encontrada' },
];

for (const { path, heading } of CHECKED) {
  test(`${path} loads without console errors and has no axe violations`, async ({ page, consoleErrors }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await settled(page);
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map(
        (v) => `${v.id} (${String(v.impact)}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
}

test('dark theme also passes axe colour contrast', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  for (const path of ['/', `/events/${event?.id ?? ''}`, '/metrics/seizures']) {
    await page.goto(path);
    await settled(page);
    const results = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
    expect(results.violations.map((v) => v.nodes.map((n) => n.target.join(' ')).join(', '))).toEqual([]);
  }
  await context.close();
});

test('every panel and storyline keeps its headings in order and its targets large enough to tap', async ({
  page,
}) => {
  const records = (resource: 'storylines' | 'metrics') =>
    (fixtureDataset[resource] as Titled).data.map((r) => `/${resource}/${r.id}`);
  const paths = [...records('storylines'), ...records('metrics')];
  // One page after another (about 1.5 s each alone, far more when the suite's workers share two
  // cores): the time allowed grows with the pages, so a record more never times it out.
  test.setTimeout(30_000 + paths.length * 5_000);
  await page.setViewportSize({ width: 375, height: 800 });
  for (const path of paths) {
    await page.goto(path);
    await settled(page);
    const results = await new AxeBuilder({ page }).withRules(['heading-order', 'target-size']).analyze();
    expect(
      results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  }
});
