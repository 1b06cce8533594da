import { z } from '@/lib/zod';
import { SOURCE_KINDS } from './values';
import { LANGS } from '@/lib/i18n/langs';
import { httpsUrlSchema, localizedTextSchema, partialDateSchema, slugSchema } from '@/data/schema';

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
  /** The publisher line in each language, when it differs (a copy says so in both). */
  publisherLabel: z.optional(localizedTextSchema),
  /** Set when the page is a copy of the publisher's original (a repost or an archive), and where. */
  copy: z.optional(z.object({ at: z.string() })),
  title: z.string().check(z.minLength(1)),
  /**
   * Set when the document's title was never recorded: a description of it in each language, and
   * `title` is that description (English) in square brackets.
   */
  untitled: z.optional(localizedTextSchema),
  date: z.nullable(partialDateSchema),
  url: httpsUrlSchema,
  kind: sourceKindSchema,
  language: z.enum(LANGS),
  /** A short excerpt that supports the claim, in the source's language. */
  quote: z.optional(z.string()),
});
export type Source = z.infer<typeof sourceSchema>;
