import type { z } from '@/lib/zod';
import { RESOURCES, type ResourceName } from './resources';
import { validateCollection, validateSingle, type Collection, type Validated } from './validate';
import { metaSchema } from './meta/contract';
import { eventSchema } from './events/contract';
import { compareEventDates } from './events/order';
import { storylineSchema } from './storylines/contract';
import { metricSchema } from './metrics/contract';
import { sourceSchema } from './sources/contract';
import { actorSchema } from './actors/contract';
import { glossaryTermSchema } from './glossary/contract';
import { deckSchema } from './decks/contract';
import { codebookSchema } from './codebook/contract';

/**
 * The schema each resource of the contract (`resources.ts`) must match: the whole body of a
 * `single` resource, each record of a `collection`. This module (and zod) load in the data worker,
 * the build and tests, never in the page: pages import its types only.
 */
export const schemas = {
  meta: metaSchema,
  events: eventSchema,
  storylines: storylineSchema,
  metrics: metricSchema,
  sources: sourceSchema,
  actors: actorSchema,
  glossary: glossaryTermSchema,
  decks: deckSchema,
  codebook: codebookSchema,
} satisfies Record<ResourceName, z.ZodMiniType>;

type Schemas = typeof schemas;

/** What a resource holds once validated: the object, or the valid records and the skipped ones. */
export type ResourceValue<R extends ResourceName> = (typeof RESOURCES)[R]['shape'] extends 'single'
  ? z.output<Schemas[R]>
  : Collection<z.output<Schemas[R]>>;

/** The type of one record of a collection resource. */
export type RecordOf<R extends ResourceName> = z.output<Schemas[R]>;

/**
 * The order a collection's records are handed over in, where it has one: events by date, sorted
 * here (off the page's main thread, in the worker) whatever order the server sent.
 */
const orders: { [R in ResourceName]?: (a: RecordOf<R>, b: RecordOf<R>) => number } = {
  events: compareEventDates,
};

/** Checks a response body against the named resource's schema (in the worker, the build or tests). */
export function validateResource(name: ResourceName, text: string): Validated {
  const { file, shape } = RESOURCES[name];
  if (shape === 'single') return validateSingle(file, text, schemas[name]);
  const result = validateCollection(file, text, schemas[name]);
  const order = orders[name] as ((a: unknown, b: unknown) => number) | undefined;
  if (result.ok && order) (result.value as Collection<unknown>).items.sort(order);
  return result;
}
