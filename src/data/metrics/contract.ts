import { z } from '@/lib/zod';
import { localizedTextSchema, partialDateSchema, slugSchema, verificationSchema } from '@/data/schema';
import { correctionSchema } from '@/data/identifiers';

export const UNITS = [
  'firearms-per-year',
  'firearms',
  'percent',
  'percent-change',
  'defendants',
  'usd',
  /** A count of something else, named on each figure (`unitLabel`). */
  'count',
] as const;
export const unitSchema = z.enum(UNITS);
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
    /** What the figure counts, when the panel's unit does not say (unit `count`, or a statement). */
    unitLabel: z.optional(localizedTextSchema),
    /** The source gives a rounded figure. */
    approximate: z.optional(z.boolean()),
    /** The value is computed here from published counts (e.g. a share from two counts). */
    computed: z.optional(z.boolean()),
    /** The release or publication the figure comes from, when it matters (counts are revised). */
    release: z.optional(localizedTextSchema),
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

/**
 * The overview's headline cards, each fed by the panel that says so (`headline.card`): the spread of
 * the annual estimates; the latest U.S.-origin share; the latest seizure totals announced on each
 * side of the border.
 */
export const HEADLINE_CARDS = ['estimates', 'share', 'seizures-us', 'seizures-mx'] as const;
export type HeadlineCard = (typeof HEADLINE_CARDS)[number];

/** Where a panel feeds the overview: which card, and (for the latest figure) from which series. */
export const headlineSchema = z.object({
  card: z.enum(HEADLINE_CARDS),
  series: z.optional(slugSchema),
});

/** How a panel is drawn. */
export const CHARTS = [
  /** Estimates compared side by side, each a value or a range (not a time axis). */
  'ranges',
  /** Figures placed over the periods they cover. */
  'spans',
  /** One bar per year, with empty years left visibly empty. */
  'annual-bars',
  /** A running total, drawn as steps. */
  'cumulative-steps',
  /** Totals over several years, apart from any yearly figures. */
  'multi-year-totals',
  /** Dated statements (an official's share, a count with its own unit), listed by date. */
  'statements',
  /** A context series: what surrounds the topic (the firearm share of homicides). */
  'context',
] as const;

/** What a series measures: the chart and its reader must not mix these on one scale. */
export const MEASURES = ['annual', 'cumulative', 'multi-year-total', 'share', 'estimate', 'context'] as const;

export const seriesSchema = z.object({
  id: slugSchema,
  label: localizedTextSchema,
  measure: z.enum(MEASURES),
});
export type Series = z.infer<typeof seriesSchema>;

/** How an estimator made its estimate, in plain words (shown with the chart). */
export const methodNoteSchema = z.object({ estimator: localizedTextSchema, text: localizedTextSchema });

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
  /** How to draw it (absent: figures over time when `timeBased`, side by side otherwise). */
  chart: z.optional(z.enum(CHARTS)),
  /** The overview's headline card it feeds, if any. */
  headline: z.optional(headlineSchema),
  /** The series of its figures, with their names and what each measures. */
  series: z.optional(z.array(seriesSchema)),
  methodNotes: z.optional(z.array(methodNoteSchema)),
  /** Corrections made to the panel's figures since they were added, with their reasons. */
  corrections: z.optional(z.array(correctionSchema)),
});
export type Metric = z.infer<typeof metricSchema>;
