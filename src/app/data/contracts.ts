import type { z } from '@/lib/zod';
import type { ResourceShape } from '@/lib/http';
import { validateCollection, validateSingle, type Validated } from '@/lib/validate';
import { metaSchema } from '@/features/meta/api/contract';
import { eventSchema } from '@/features/events/api/contract';
import { storylineSchema } from '@/features/storylines/api/contract';
import { metricSchema } from '@/features/metrics/api/contract';
import { sourceSchema } from '@/features/sources/api/contract';
import { actorSchema } from '@/features/actors/api/contract';
import { glossaryTermSchema } from '@/features/glossary/api/contract';
import { deckSchema } from '@/features/decks/api/contract';

/**
 * Every resource of the HTTP contract (v1) and the schema its body must match: `single` resources
 * fail as a whole, `collection` records are checked one by one. This module (and zod) load in the
 * data worker, not in the page.
 */
export const contracts: Record<string, { shape: ResourceShape; schema: z.ZodMiniType }> = {
  'meta.json': { shape: 'single', schema: metaSchema },
  'events.json': { shape: 'collection', schema: eventSchema },
  'storylines.json': { shape: 'collection', schema: storylineSchema },
  'metrics.json': { shape: 'collection', schema: metricSchema },
  'sources.json': { shape: 'collection', schema: sourceSchema },
  'actors.json': { shape: 'collection', schema: actorSchema },
  'glossary.json': { shape: 'collection', schema: glossaryTermSchema },
  'decks.json': { shape: 'collection', schema: deckSchema },
};

export function validateResource(resource: string, shape: ResourceShape, text: string): Validated {
  const contract = contracts[resource];
  if (contract?.shape !== shape)
    return { ok: false, kind: 'schema', detail: { reason: `no ${shape} contract for ${resource}` } };
  return shape === 'single'
    ? validateSingle(resource, text, contract.schema)
    : validateCollection(resource, text, contract.schema);
}
