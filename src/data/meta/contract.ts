import { z } from '@/lib/zod';
import { localizedTextSchema, partialDateSchema, slugSchema } from '@/data/schema';

export const changeSchema = z.object({
  type: z.enum(['added', 'changed', 'corrected', 'removed']),
  event: z.optional(slugSchema),
  storyline: z.optional(slugSchema),
  metric: z.optional(slugSchema),
  note: z.optional(localizedTextSchema),
});

/** Dataset version, last update and the log of what changed in each release. */
export const metaSchema = z.object({
  datasetVersion: z.string().check(z.minLength(1)),
  /** ISO 8601 UTC timestamp, e.g. 2026-11-21T12:00:00Z. */
  lastUpdated: z
    .string()
    .check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/, 'expected an ISO UTC timestamp')),
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
