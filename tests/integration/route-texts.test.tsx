import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ROUTES } from '@/config/routes';

/**
 * Each page's texts are loaded by its route's loader, so a page never shows a loading state for
 * its own words. Every route is drawn in both languages with the page texts' modules fresh (nothing
 * left loaded by another page), and development's report of texts read before they were loaded
 * (src/lib/i18n/page-messages.ts) fails the test.
 */

// A record of each kind in the mock dataset (mocks/), for the routes that show one.
const SAMPLE: Record<string, string> = {
  'events/:id': 'events/operation-southbound-established',
  'storylines/:id': 'storylines/bsca',
  'metrics/:id': 'metrics/us-origin-share',
  present: 'present?storyline=bsca',
  '*': 'no/such/page',
};

const pages = ROUTES.flatMap((r) =>
  ['', 'es/'].map((prefix) => `/${prefix}${SAMPLE[r.path] ?? r.path}`.replace(/\/$/, '') || '/'),
);

afterEach(() => {
  vi.resetModules();
});

describe('every route loads the texts its page reads', () => {
  it.each(pages)('%s', async (url) => {
    vi.resetModules();
    const reports: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      reports.push(args.map(String).join(' '));
    });
    const { UNLOADED } = await import('@/lib/i18n/page-messages');
    const { renderRoute } = await import('./render-route');
    renderRoute(url);
    // The page is drawn: its heading is there and nothing is still loading.
    await screen.findAllByRole('heading', { level: 1 }, { timeout: 15_000 });
    await waitFor(
      () => {
        expect(document.body.textContent).not.toMatch(/Loading|Cargando/);
      },
      { timeout: 10_000 },
    );
    expect(reports.filter((r) => r.includes(UNLOADED))).toEqual([]);
    expect(reports).toEqual([]);
  });
});
