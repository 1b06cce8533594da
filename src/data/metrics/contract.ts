import { z } from '@/lib/zod';
import { localizedTextSchema, partialDateSchema, slugSchema, verificationSchema } from '@/data/schema';
import { correctionSchema } from '@/data/identifiers';

export const unitSchema = z.enum([
  'firearms-per-year',
  'firearms',
  'percent',
  'percent-change',
  'defendants',
  'usd',
]);
export type Unit = z.infer<typeof unitSchema>;

/** How a figure was stated: "about", "nearly", "up to", "more than". */
export const qualifierSchema = z.enum(['approx', 'nearly', 'up-to', 'more-than']);
export type Qualifier = z.infer<typeof qualifierSchema>;

/**
 * One figure from one estimator. It carries a single `value`, or a `low`–`high`
 * range (either end may be missing for "up to" figures). Contested figures are
 * separate observations sharing a `disputeGroup`; they are never averaged.
 */
export const observationSchema = z
  .object({
    id: slugSchema,
    series: slugSchema,
    period: z
      .object({ start: partialDateSchema, end: partialDateSchema, label: z.optional(localizedTextSchema) })
      .check(z.refine((p) => p.end >= p.start, { message: 'period ends before it starts', path: ['end'] })),
    value: z.optional(z.number()),
    low: z.optional(z.number()),
    high: z.optional(z.number()),
    qualifier: z.optional(qualifierSchema),
    /** A statistical range around `value` (for example a 95% interval). */
    interval: z.optional(z.object({ low: z.number(), high: z.number(), label: localizedTextSchema })),
    estimator: localizedTextSchema,
    /** When the figure was first published (YYYY, YYYY-MM or YYYY-MM-DD), if known. */
    published: z.optional(partialDateSchema),
    sources: z.array(slugSchema).check(z.minLength(1, 'every observation needs at least one source')),
    verification: verificationSchema,
    disputeGroup: z.optional(slugSchema),
    note: z.optional(localizedTextSchema),
    factRef: z.optional(z.string()),
  })
  .check(
    z.refine((o) => o.value !== undefined || o.low !== undefined || o.high !== undefined, {
      message: 'needs a value or a low–high range',
      path: ['value'],
    }),
    z.refine((o) => o.low === undefined || o.high === undefined || o.low <= o.high, {
      message: 'low is above high',
      path: ['low'],
    }),
  );
export type Observation = z.infer<typeof observationSchema>;

/** A measured quantity with its unit, caveats and every figure published for it. */
export const metricSchema = z.object({
  id: slugSchema,
  title: localizedTextSchema,
  description: localizedTextSchema,
  unit: unitSchema,
  /** Whether observations are placed on a time axis (periods), or compared side by side. */
  timeBased: z.boolean(),
  caveats: z.array(localizedTextSchema),
  /** Storylines whose events are marked on this metric's chart by default. */
  defaultEventStorylines: z.array(slugSchema),
  updated: partialDateSchema,
  observations: z.array(observationSchema),
  /** Corrections made to the panel's figures since they were added, with their reasons. */
  corrections: z.optional(z.array(correctionSchema)),
});
export type Metric = z.infer<typeof metricSchema>;
