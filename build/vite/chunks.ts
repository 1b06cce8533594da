import type { Plugin } from 'vite';
import { ROUTES } from '../../src/config/routes';

/**
 * How the build groups modules into files (rolldown's `codeSplitting`), by what loads them rather
 * than by file paths that change when a file is renamed:
 * - `react`: React and React DOM, and the app's modules that both the first page and an embed
 *   (`embed.html`, see build/vite/embeds.ts) load (formatting, the data boundary…): one file both
 *   download, rather than several small ones;
 * - `vendor`: React Router and TanStack Query, the app's alone (an embed never loads them);
 * - `first`: app modules the first page (the entry and the route table's `/`) shares with at least
 *   two other pages, one file instead of many small ones; none an embed loads, so an embed never
 *   downloads the first page's code with its own.
 * What only other pages share is left to rolldown, which splits it by the pages that use it, so
 * no page (and above all not the first) downloads code it does not run.
 */
interface ModuleGraph {
  getModuleInfo(id: string): {
    isEntry: boolean;
    importers: readonly string[];
    dynamicImporters?: readonly string[];
  } | null;
}

const REACT = ['react', 'react-dom', 'scheduler'];
const VENDOR = ['react-router', '@tanstack/react-query', '@tanstack/query-core'];

const inPackage = (id: string, name: string) =>
  id.includes(`/node_modules/${name}/`) || id.includes(`\\node_modules\\${name.replace('/', '\\')}\\`);
const isAppModule = (id: string) =>
  (!id.includes('node_modules') && /[\\/]src[\\/]/.test(id)) ||
  // Vite's helper for lazily loaded modules, which every page uses.
  id.includes('vite/preload-helper');

const FIRST_PAGE = `src/app/routes/${ROUTES.find((r) => r.path === '')?.module ?? ''}.tsx`;
const isFirstPageModule = (id: string) => id.replace(/\\/g, '/').endsWith(FIRST_PAGE);
/** The embeds' entry (its HTML file, or the script it starts). */
const isEmbedEntry = (id: string) => /(^|[\\/])embed\.html$|[\\/]src[\\/]embed[\\/]metric\.tsx$/.test(id);

/**
 * Whether `id` is loaded, directly or not, by a module `reaches` names: following static imports,
 * and with `lazily` the lazy ones too.
 */
function loadedBy(
  id: string,
  graph: ModuleGraph,
  reaches: (id: string, isEntry: boolean) => boolean,
  lazily: boolean,
  seen = new Map<string, boolean>(),
): boolean {
  const known = seen.get(id);
  if (known !== undefined) return known;
  seen.set(id, false);
  const info = graph.getModuleInfo(id);
  const importers = info ? [...info.importers, ...(lazily ? (info.dynamicImporters ?? []) : [])] : [];
  const result =
    !!info &&
    (reaches(id, info.isEntry) ||
      importers.some((importer) => loadedBy(importer, graph, reaches, lazily, seen)));
  seen.set(id, result);
  return result;
}

/** The app itself, which the entry (src/boot.ts) loads once the page has painted. */
const isAppMain = (id: string) => /(^|[\\/])src[\\/]main\.tsx$/.test(id);

/** Whether the first page loads `id`: the app's entry, the app or the first page's module imports it. */
const loadedByFirstPage = (id: string, graph: ModuleGraph) =>
  loadedBy(
    id,
    graph,
    (m, isEntry) => (isEntry && !isEmbedEntry(m)) || isAppMain(m) || isFirstPageModule(m),
    false,
  );
/** Whether an embed loads `id`, at once or lazily (its chart components, its texts). */
const loadedByEmbed = (id: string, graph: ModuleGraph) => loadedBy(id, graph, (m) => isEmbedEntry(m), true);

/**
 * The group of an app module: `first` when the first page loads it and no embed does, `react` when
 * both do, else none (its pages decide).
 */
export function groupOf(id: string, graph: ModuleGraph): 'first' | 'react' | null {
  if (!isAppModule(id) || !loadedByFirstPage(id, graph)) return null;
  // The entry loads the app through it before anything else: in React's file, the entry would
  // download React before the page has painted (src/boot.ts).
  if (id.includes('vite/preload-helper')) return null;
  return loadedByEmbed(id, graph) ? 'react' : 'first';
}

/** The group of React's packages and of the app's modules the first page and an embed share. */
export function reactGroupOf(id: string, graph: ModuleGraph): 'react' | null {
  return REACT.some((name) => inPackage(id, name)) || groupOf(id, graph) === 'react' ? 'react' : null;
}

/** The group of the app's other modules the first page loads. */
const firstGroupOf = (id: string, graph: ModuleGraph): 'first' | null =>
  groupOf(id, graph) === 'first' ? 'first' : null;

export const codeSplitting = {
  // A module goes where its own users are, not where a module that imports it went.
  includeDependenciesRecursively: false,
  groups: [
    { name: reactGroupOf, debugName: 'react' },
    { name: 'vendor', test: (id: string) => VENDOR.some((name) => inPackage(id, name)) },
    {
      name: firstGroupOf,
      debugName: 'first',
      minShareCount: 3,
    },
  ],
};

/**
 * V8's explicit compile hint (Chrome 136 on; to other engines, a comment), on the first line of a
 * file: compile every function in it as the file downloads, on a background thread, rather than
 * each on the page's main thread the first time it is called. Every chunk the build writes runs as
 * soon as a page loads it (a page's modules are loaded for that page and drawn at once), and most
 * of its functions are called then: on the timeline's first render after 10,000 events arrived,
 * compiling functions on first call took 20–22 ms of about 130 (docs/perf.md).
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** Puts `COMPILE_HINT` at the top of every JavaScript chunk (after minification, which drops comments). */
export function compileHints(): Plugin {
  return {
    name: 'irt:compile-hints',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle))
          if (file.type === 'chunk' && !file.code.startsWith(COMPILE_HINT))
            file.code = COMPILE_HINT + file.code;
      },
    },
  };
}
