import { ROUTES } from '../../src/config/routes';

/**
 * How the build groups modules into files (rolldown's `codeSplitting`), by what loads them rather
 * than by file paths that change when a file is renamed:
 * - `vendor`: React, React Router and TanStack Query, one long-cached file;
 * - `first`: app modules the first page (the entry and the route table's `/`) shares with at least
 *   two other pages, one file instead of many small ones.
 * What only other pages share is left to rolldown, which splits it by the pages that use it, so
 * no page (and above all not the first) downloads code it does not run.
 */
interface ModuleGraph {
  getModuleInfo(id: string): { isEntry: boolean; importers: readonly string[] } | null;
}

const VENDOR = [
  'react',
  'react-dom',
  'react-router',
  'scheduler',
  '@tanstack/react-query',
  '@tanstack/query-core',
];

const inPackage = (id: string, name: string) =>
  id.includes(`/node_modules/${name}/`) || id.includes(`\\node_modules\\${name.replace('/', '\\')}\\`);
const isAppModule = (id: string) =>
  (!id.includes('node_modules') && /[\\/]src[\\/]/.test(id)) ||
  // Vite's helper for lazily loaded modules, which every page uses.
  id.includes('vite/preload-helper');

const FIRST_PAGE = `src/app/routes/${ROUTES.find((r) => r.path === '')?.module ?? ''}.tsx`;
const isFirstPageModule = (id: string) => id.replace(/\\/g, '/').endsWith(FIRST_PAGE);

/** Whether the first page loads `id`: the entry or the first page's module imports it, directly or not. */
function loadedByFirstPage(id: string, graph: ModuleGraph, seen = new Map<string, boolean>()): boolean {
  const known = seen.get(id);
  if (known !== undefined) return known;
  seen.set(id, false);
  const info = graph.getModuleInfo(id);
  const result =
    !!info &&
    (info.isEntry ||
      isFirstPageModule(id) ||
      info.importers.some((importer) => loadedByFirstPage(importer, graph, seen)));
  seen.set(id, result);
  return result;
}

/** The group of an app module: `first` when the first page loads it, else none (its pages decide). */
export function groupOf(id: string, graph: ModuleGraph): 'first' | null {
  return isAppModule(id) && loadedByFirstPage(id, graph) ? 'first' : null;
}

export const codeSplitting = {
  // A module goes where its own users are, not where a module that imports it went.
  includeDependenciesRecursively: false,
  groups: [
    { name: 'vendor', test: (id: string) => VENDOR.some((name) => inPackage(id, name)) },
    {
      name: groupOf,
      debugName: 'first',
      minShareCount: 3,
    },
  ],
};
