import { z } from '@/lib/zod';
import { localizedTextSchema, slugSchema } from '@/data/schema';

/** A curated presentation shipped with the dataset: an ordered list of events. */
export const deckSchema = z.object({
  id: slugSchema,
  title: localizedTextSchema,
  description: localizedTextSchema,
  events: z.array(slugSchema).check(z.minLength(1, 'a deck needs at least one event')),
});
export type Deck = z.infer<typeof deckSchema>;
