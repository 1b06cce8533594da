import { z } from '@/lib/zod';
import { CATEGORIES, JURISDICTIONS } from './values';
import { localizedTextSchema, partialDateSchema, slugSchema, verificationSchema } from '@/data/schema';
import { correctionSchema, identifierSchema } from '@/data/identifiers';

export const categorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof categorySchema>;

export const jurisdictionSchema = z.enum(JURISDICTIONS);
export type Jurisdiction = z.infer<typeof jurisdictionSchema>;

export const precisionSchema = z.enum(['day', 'month', 'year', 'fiscal-year']);
export type DatePrecision = z.infer<typeof precisionSchema>;

const PATTERN: Record<Exclude<DatePrecision, 'fiscal-year'>, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
};

/**
 * When an event happened. `start` is written at the event's precision
 * (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`); `end` is present for periods.
 * A U.S. federal fiscal year runs 1 October–30 September: `fiscalYear: 2022`
 * has `start: "2021-10-01"` and `end: "2022-09-30"`.
 */
export const eventDateSchema = z
  .object({
    precision: precisionSchema,
    start: partialDateSchema,
    end: z.optional(partialDateSchema),
    fiscalYear: z.optional(
      z.number().check(z.refine(Number.isInteger, 'expected a whole year'), z.gte(1900), z.lte(2100)),
    ),
  })
  .check(
    z.refine((d) => d.precision === 'fiscal-year' || PATTERN[d.precision].test(d.start), {
      message: 'start does not match its precision',
      path: ['start'],
    }),
    z.refine((d) => d.end === undefined || d.end >= d.start, {
      message: 'end is before start',
      path: ['end'],
    }),
    z.refine(
      (d) =>
        d.precision !== 'fiscal-year' ||
        (d.fiscalYear !== undefined &&
          d.start === `${String(d.fiscalYear - 1)}-10-01` &&
          d.end === `${String(d.fiscalYear)}-09-30`),
      { message: 'fiscal year must run 1 October to 30 September', path: ['fiscalYear'] },
    ),
  );
export type EventDate = z.infer<typeof eventDateSchema>;

/** A dated policy event: the unit the timeline, storylines and charts share. */
export const eventSchema = z.object({
  id: slugSchema,
  date: eventDateSchema,
  title: localizedTextSchema,
  summary: localizedTextSchema,
  category: categorySchema,
  actors: z.array(slugSchema),
  jurisdiction: jurisdictionSchema,
  storyline: z.nullable(slugSchema),
  stage: z.nullable(slugSchema),
  sources: z.array(slugSchema).check(z.minLength(1, 'every event needs at least one source')),
  /** The passage of a source that supports this event, where it is not the source's own quote. */
  quotes: z.optional(z.record(slugSchema, z.string())),
  /** Docket, bill, public-law, Federal Register and other numbers the matter is cited by. */
  identifiers: z.optional(z.array(identifierSchema)),
  relatedEvents: z.array(slugSchema),
  relatedMetrics: z.array(slugSchema),
  verification: verificationSchema,
  /**
   * Context rather than trafficking policy (trade, tariffs, cartel leadership), kept because a
   * storyline's own sources tie it in; shown labelled as context.
   */
  context: z.optional(z.boolean()),
  notes: z.array(localizedTextSchema),
  /** Date the event entered the dataset and date it last changed (YYYY-MM-DD). */
  added: partialDateSchema,
  updated: partialDateSchema,
  /** Corrections made to the record since it was added, with their reasons. */
  corrections: z.optional(z.array(correctionSchema)),
  /** The monitor lead the event came from, when it did (see the README, "Keeping the tracker current"). */
  lead: z.optional(z.string()),
  /** Id of the item in the verified fact sheet this event comes from. */
  factRef: z.optional(z.string()),
});

/** What an embed's chart needs of each event it marks (the build writes it into the embed's page). */
export const markableEventsSchema = z.array(
  z.pick(eventSchema, { id: true, storyline: true, date: true, title: true }),
);

export type PolicyEvent = z.infer<typeof eventSchema>;
