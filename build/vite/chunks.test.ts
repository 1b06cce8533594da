import { describe, expect, it } from 'vitest';
import { codeSplitting, compileHints, groupOf, COMPILE_HINT } from './chunks';

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

  it('counts the app as the first page’s though the entry loads it lazily, once the page has painted', () => {
    const lazyApp = graph({
      // src/boot.ts imports src/main.tsx lazily: main.tsx has no static importer.
      '/app/src/boot.ts': ['/app/index.html'],
      '/app/src/main.tsx': [],
      '/app/src/app/layout.tsx': ['/app/src/main.tsx'],
      '/app/src/app/routes/overview.tsx': [],
      '/app/node_modules/vite/preload-helper.js': ['/app/src/boot.ts', '/app/src/main.tsx'],
    });
    expect(groupOf('/app/src/app/layout.tsx', lazyApp)).toBe('first');
    // The entry loads the app through Vite's helper before anything else: never in a group that
    // would make the entry download React with it.
    expect(groupOf('/app/node_modules/vite/preload-helper.js', lazyApp)).toBeNull();
  });

  it('leaves what only other pages use out of it, and libraries out of app chunks', () => {
    expect(groupOf('/app/src/components/charts/strip.tsx', g)).toBeNull();
    expect(groupOf('/app/node_modules/recharts/index.js', g)).toBeNull();
  });

  it('keeps React in a chunk of its own, apart from the router and TanStack Query, which only the app loads', () => {
    const [react, vendor] = codeSplitting.groups;
    const reactOf = react && typeof react.name === 'function' ? react.name : undefined;
    const vendorTest = vendor && 'test' in vendor ? vendor.test : undefined;
    expect(reactOf?.('/app/node_modules/react-dom/client.js', g)).toBe('react');
    expect(reactOf?.('/app/node_modules/react-router/dist/index.js', g)).toBeNull();
    expect(vendorTest?.('/app/node_modules/@tanstack/query-core/build/index.js')).toBe(true);
    expect(vendorTest?.('/app/node_modules/react-router/dist/index.js')).toBe(true);
    expect(vendorTest?.('/app/node_modules/react-dom/client.js')).toBe(false);
    expect(vendorTest?.('/app/node_modules/recharts/index.js')).toBe(false);
  });

  describe('with an embed (embed.html, its own entry)', () => {
    const withEmbed = graph({
      '/app/src/main.tsx': ['/app/index.html'],
      '/app/src/embed/metric.tsx': ['/app/embed.html'],
      '/app/src/app/layout.tsx': ['/app/src/main.tsx'],
      '/app/src/app/routes/overview.tsx': [],
      '/app/src/lib/format.ts': ['/app/src/app/layout.tsx', '/app/src/embed/metric.tsx'],
      '/app/src/lib/use-width.ts': [
        '/app/src/app/layout.tsx',
        '/app/src/components/charts/metric-charts.tsx',
      ],
      // Loaded lazily by the embed (its chart components) and by panel pages.
      '/app/src/components/charts/metric-charts.tsx': [],
      '/app/src/app/shell-only.ts': ['/app/src/app/layout.tsx'],
    });
    // The embed's entry is an entry too, but not the app's; its lazy imports count as its own.
    const info = withEmbed.getModuleInfo.bind(withEmbed);
    const g2 = {
      getModuleInfo: (id: string) => {
        if (id === '/app/embed.html') return { isEntry: true, importers: [] };
        const found = info(id);
        if (id === '/app/src/components/charts/metric-charts.tsx' && found)
          return { ...found, dynamicImporters: ['/app/src/embed/metric.tsx'] };
        return found;
      },
    };

    it('shares with it, in the React chunk, what both the first page and the embed load', () => {
      expect(groupOf('/app/src/lib/format.ts', g2)).toBe('react');
      // …lazily included: the embed loads its chart components as it starts.
      expect(groupOf('/app/src/lib/use-width.ts', g2)).toBe('react');
    });

    it('keeps the first page’s own modules out of the embed’s way, and the embed’s out of the first page’s chunk', () => {
      expect(groupOf('/app/src/app/shell-only.ts', g2)).toBe('first');
      expect(groupOf('/app/src/embed/metric.tsx', g2)).toBeNull();
    });
  });
});

describe('compile hints', () => {
  type Bundle = Record<string, { type: 'chunk'; code: string } | { type: 'asset'; source: string }>;
  const run = (bundle: Bundle) => {
    const hook = compileHints().generateBundle as { handler: (options: unknown, bundle: Bundle) => void };
    hook.handler({}, bundle);
    return bundle;
  };

  it('puts V8’s hint on the first line of every chunk, once, and leaves other files alone', () => {
    const bundle = run({
      'assets/a.js': { type: 'chunk', code: 'import"./b.js";export const a=1;' },
      'assets/b.js': { type: 'chunk', code: `${COMPILE_HINT}export const b=2;` },
      'assets/a.css': { type: 'asset', source: 'a{}' },
    });
    expect(bundle['assets/a.js']).toEqual({
      type: 'chunk',
      code: '//# allFunctionsCalledOnLoad\nimport"./b.js";export const a=1;',
    });
    expect(bundle['assets/b.js']).toEqual({ type: 'chunk', code: `${COMPILE_HINT}export const b=2;` });
    expect(bundle['assets/a.css']).toEqual({ type: 'asset', source: 'a{}' });
  });
});
