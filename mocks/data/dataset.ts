import meta from '../../public/api/v1/meta.json';
import events from '../../public/api/v1/events.json';
import storylines from '../../public/api/v1/storylines.json';
import metrics from '../../public/api/v1/metrics.json';
import sources from '../../public/api/v1/sources.json';
import actors from '../../public/api/v1/actors.json';
import glossary from '../../public/api/v1/glossary.json';
import decks from '../../public/api/v1/decks.json';

/** The published dataset, exactly as served from public/api/v1, keyed by resource file name. */
export const dataset = {
  'meta.json': meta,
  'events.json': events,
  'storylines.json': storylines,
  'metrics.json': metrics,
  'sources.json': sources,
  'actors.json': actors,
  'glossary.json': glossary,
  'decks.json': decks,
} as const;

export type ResourceName = keyof typeof dataset;
export const RESOURCES = Object.keys(dataset) as ResourceName[];
