import { z } from '@/lib/zod';
import { localizedTextSchema, slugSchema } from '@/data/schema';

/** A term explained in plain language; `aliases` are the forms it takes in running text. */
export const glossaryTermSchema = z.object({
  id: slugSchema,
  term: localizedTextSchema,
  aliases: z.object({ en: z.array(z.string()), es: z.array(z.string()) }),
  definition: localizedTextSchema,
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
