import { z } from '@/lib/zod';
import { localizedTextSchema, slugSchema } from '@/data/schema';

/** A person, agency, court, company or government that takes part in events. */
export const actorSchema = z.object({
  id: slugSchema,
  name: localizedTextSchema,
  country: z.enum(['us', 'mx', 'international']),
  kind: z.enum([
    'agency',
    'executive',
    'person',
    'legislature',
    'court',
    'company',
    'association',
    'media',
    'academic',
  ]),
});
export type Actor = z.infer<typeof actorSchema>;
