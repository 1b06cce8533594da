/**
 * THE list of the HTTP contract's resources (v1), without zod, so pages, mocks, the build and the
 * offline cache can use it without loading the validator. `single` resources are one object and
 * fail as a whole; `collection` resources are lists whose records are validated one by one.
 * Each resource's schema is in `registry.ts` (checked to cover exactly this list).
 */
export const RESOURCES = {
  meta: { file: 'meta.json', shape: 'single' },
  events: { file: 'events.json', shape: 'collection' },
  storylines: { file: 'storylines.json', shape: 'collection' },
  metrics: { file: 'metrics.json', shape: 'collection' },
  sources: { file: 'sources.json', shape: 'collection' },
  actors: { file: 'actors.json', shape: 'collection' },
  glossary: { file: 'glossary.json', shape: 'collection' },
  decks: { file: 'decks.json', shape: 'collection' },
  codebook: { file: 'codebook.json', shape: 'single' },
} as const satisfies Record<string, { file: `${string}.json`; shape: ResourceShape }>;

/** Whether a resource is one object or a list of records (validated one by one). */
export type ResourceShape = 'single' | 'collection';

export type ResourceName = keyof typeof RESOURCES;
export type ResourceFile = (typeof RESOURCES)[ResourceName]['file'];

export const RESOURCE_NAMES = Object.keys(RESOURCES) as ResourceName[];

/** The contract's version, in every envelope (`{ apiVersion, data }`) and in the URL (`/api/v1/`). */
export const API_VERSION = 1;

export function isResourceName(value: string): value is ResourceName {
  return Object.hasOwn(RESOURCES, value);
}

/**
 * Where the full dataset download of a version is published, relative to the site's base
 * (`downloads/iron-river-tracker-2026.12.01.zip`; written by build/lib/download.ts).
 */
export function downloadPath(version: string): string {
  return `downloads/iron-river-tracker-${version.replace(/[^\w.-]/g, '_')}.zip`;
}
