import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type * as envModule from '@/config/env';

type EnvModule = typeof envModule;

/** "Embed" is offered only where the build drew the embed pages (not in a VITE_DATA_URL build). */
describe('the Embed action', () => {
  it.each([
    [true, 1],
    [false, 0],
  ])('with embed pages drawn: %s', async (embeds, count) => {
    vi.resetModules();
    vi.doMock('@/config/env', async (original) => {
      const { env } = await original<EnvModule>();
      return { env: { ...env, embeds } };
    });
    const { renderRoute } = await import('./render-route');
    renderRoute('/metrics/us-origin-share');
    await screen.findByRole('heading', { level: 1, name: /Share of guns recovered/ }, { timeout: 15_000 });
    await screen.findByRole('button', { name: /Download: CSV/ });
    expect(screen.queryAllByRole('button', { name: 'Embed' })).toHaveLength(count);
    vi.doUnmock('@/config/env');
  });
});
