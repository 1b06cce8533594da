import { z } from '@/lib/zod';
import { httpsUrlSchema, localizedTextSchema } from './schema';

/**
 * Identifiers people cite a matter by (optional on events): a bill and its Congress, a public law,
 * a Federal Register document, a court docket or reporter citation, a report number, an executive
 * order, an official document. Each is shown with a link to its official or standard page
 * (`url` when the dataset gives one, otherwise built from the number; see identifier-links.ts).
 */
export const IDENTIFIER_KINDS = [
  'bill',
  'public-law',
  'federal-register',
  'docket',
  'reporter',
  'report',
  'executive-order',
  'official-document',
] as const;

/**
 * Which fields each kind carries: `bill` a `congress` and `number`; `public-law`,
 * `federal-register`, `report`, `executive-order` a `number`; `docket` a `court` and `number`
 * (and a `caseName`); `reporter` a `citation` (and a `caseName`); `official-document` a `number`
 * and an `issuer`. (The content format checks each kind strictly; the contract is one tolerant shape.)
 */
export const identifierSchema = z.object({
  kind: z.enum(IDENTIFIER_KINDS),
  number: z.optional(z.string()),
  congress: z.optional(z.number()),
  court: z.optional(z.string()),
  caseName: z.optional(z.string()),
  citation: z.optional(z.string()),
  issuer: z.optional(localizedTextSchema),
  url: z.optional(httpsUrlSchema),
});
export type Identifier = z.infer<typeof identifierSchema>;

/** A correction to a record: when, why (in both languages), and optionally which field. */
export const correctionSchema = z.object({
  date: z.string(),
  reason: localizedTextSchema,
  field: z.optional(z.string()),
});
export type Correction = z.infer<typeof correctionSchema>;
