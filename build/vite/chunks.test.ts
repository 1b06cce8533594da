import { describe, expect, it } from 'vitest';
import { codeSplitting, groupOf } from './chunks';

/** A module graph: each module and the modules that import it statically. */
function graph(importers: Record<string, string[]>, entry = '/app/index.html') {
  return {
    getModuleInfo: (id: string) =>
      id in importers || id === entry ? { isEntry: id === entry, importers: importers[id] ?? [] } : null,
  };
}

describe('code splitting', () => {
  const g = graph({
    '/app/src/main.tsx': ['/app/index.html'],
    '/app/src/app/layout.tsx': ['/app/src/main.tsx'],
    '/app/src/lib/format.ts': ['/app/src/app/layout.tsx', '/app/src/app/routes/metric.tsx'],
    // The first page's module is lazily loaded: no static importer, but it is the first page.
    '/app/src/app/routes/overview.tsx': [],
    '/app/src/components/board.tsx': [
      '/app/src/app/routes/overview.tsx',
      '/app/src/app/routes/storylines.tsx',
    ],
    '/app/src/components/charts/strip.tsx': [
      '/app/src/app/routes/timeline.tsx',
      '/app/src/app/routes/metrics.tsx',
    ],
    // A cycle must not hide a module from the first page.
    '/app/src/lib/a.ts': ['/app/src/lib/b.ts'],
    '/app/src/lib/b.ts': ['/app/src/lib/a.ts', '/app/src/app/layout.tsx'],
    '/app/node_modules/recharts/index.js': ['/app/src/components/charts/strip.tsx'],
  });

  it('puts what the first page loads, and shares with other pages, in one chunk', () => {
    expect(groupOf('/app/src/lib/format.ts', g)).toBe('first');
    expect(groupOf('/app/src/components/board.tsx', g)).toBe('first');
    expect(groupOf('/app/src/lib/a.ts', g)).toBe('first');
  });

  it('leaves what only other pages use out of it, and libraries out of app chunks', () => {
    expect(groupOf('/app/src/components/charts/strip.tsx', g)).toBeNull();
    expect(groupOf('/app/node_modules/recharts/index.js', g)).toBeNull();
  });

  it('keeps React, the router and TanStack Query in a vendor chunk of their own', () => {
    const vendor = codeSplitting.groups[0];
    const test = vendor && 'test' in vendor ? vendor.test : undefined;
    expect(test?.('/app/node_modules/react-dom/client.js')).toBe(true);
    expect(test?.('/app/node_modules/@tanstack/query-core/build/index.js')).toBe(true);
    expect(test?.('/app/node_modules/recharts/index.js')).toBe(false);
  });
});
