import { z } from '@/lib/zod';
import { SOURCE_KINDS } from './values';
import { httpsUrlSchema, partialDateSchema, slugSchema } from '@/data/schema';

export const sourceKindSchema = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof sourceKindSchema>;

/**
 * A cited document. `publisher` says when the link is a copy or repost of
 * the original outlet (for example "Reuters (via Devdiscourse)").
 * `date` is null when the source does not give one.
 */
export const sourceSchema = z.object({
  id: slugSchema,
  publisher: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  date: z.nullable(partialDateSchema),
  url: httpsUrlSchema,
  kind: sourceKindSchema,
  language: z.enum(['en', 'es']),
  /** A short excerpt that supports the claim, in the source's language. */
  quote: z.optional(z.string()),
});
export type Source = z.infer<typeof sourceSchema>;
