import { z } from '@/lib/zod';
import { localizedTextSchema, slugSchema } from '@/data/schema';

/** The closed lists the codebook explains, one section each. */
export const CODEBOOK_SECTIONS = ['category', 'jurisdiction', 'verification', 'status'] as const;

/**
 * The codebook: how each record is coded. For every value of every closed list (event categories,
 * jurisdictions, verification levels, storyline statuses): what it means, how an editor decides it,
 * and example events.
 */
export const codebookSchema = z.object({
  intro: localizedTextSchema,
  sections: z.array(
    z.object({
      id: z.enum(CODEBOOK_SECTIONS),
      title: localizedTextSchema,
      intro: localizedTextSchema,
      entries: z.array(
        z.object({
          value: z.string(),
          definition: localizedTextSchema,
          decided: localizedTextSchema,
          examples: z.array(slugSchema),
        }),
      ),
    }),
  ),
});
export type Codebook = z.infer<typeof codebookSchema>;
