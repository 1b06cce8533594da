// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readDataset } from './dataset';
import { renderBoot, renderPage } from './render';

const dataset = readDataset('tests/fixtures/dataset');

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the build-time first paint', () => {
  it('draws a page from the seeded dataset in one render: no network, no waiting (D5)', async () => {
    const fetch = vi.fn(() => Promise.reject(new Error('no network at build time')));
    vi.stubGlobal('fetch', fetch);
    // With the clock stopped, a render that waited on a timer would never settle.
    vi.useFakeTimers();
    const html = await renderPage('/', 'en', '/', dataset);
    expect(html).toContain('<h1 id="page-title">Iron River Tracker</h1>');
    expect(html).toContain('Supreme Court unanimously rules');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('draws a page without data with its sections loading, at once', async () => {
    vi.useFakeTimers();
    const html = (await renderPage('/sources', 'en', '/', null)) ?? '';
    expect(html).toContain('<h1');
    expect(html).toMatch(/class="loading"/);
  });

  it('draws both languages at the same time, each with its own text (D13)', async () => {
    const [en, es] = await Promise.all([
      renderPage('/metrics', 'en', '/', dataset),
      renderPage('/metrics', 'es', '/', dataset),
    ]);
    expect(en).toContain('<h1>Metrics</h1>');
    expect(es).toContain('<h1>Cifras</h1>');
    expect(es).not.toContain('<h1>Metrics</h1>');
  });

  it('draws the loading screen for pages it does not pre-render', () => {
    expect(renderBoot()).toContain('role="status"');
  });
});
