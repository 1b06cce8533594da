import * as z from 'zod/mini';
import { localizedTextSchema, partialDateSchema, slugSchema } from '@/lib/schema';

export const changeSchema = z.object({
  type: z.enum(['added', 'changed', 'corrected', 'removed']),
  event: z.optional(slugSchema),
  metric: z.optional(slugSchema),
  note: z.optional(localizedTextSchema),
});

/** Dataset version, last update and the log of what changed in each release. */
export const metaSchema = z.object({
  datasetVersion: z.string().check(z.minLength(1)),
  lastUpdated: z.iso.datetime(),
  factSheetCompiled: partialDateSchema,
  license: localizedTextSchema,
  changelog: z.array(
    z.object({
      version: z.string(),
      date: partialDateSchema,
      summary: localizedTextSchema,
      changes: z.array(changeSchema),
    }),
  ),
});
export type DatasetMeta = z.infer<typeof metaSchema>;
