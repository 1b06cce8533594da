import { z } from '@/lib/zod';
import { localizedTextSchema, slugSchema } from '@/data/schema';

/**
 * A curated presentation shipped with the dataset: an ordered list of events, and optionally the
 * presenter's note for some of them (by event id, in every language; shown in the speaker view).
 */
export const deckSchema = z.object({
  id: slugSchema,
  title: localizedTextSchema,
  description: localizedTextSchema,
  events: z.array(slugSchema).check(z.minLength(1, 'a deck needs at least one event')),
  notes: z.optional(z.record(slugSchema, localizedTextSchema)),
});
export type Deck = z.infer<typeof deckSchema>;
