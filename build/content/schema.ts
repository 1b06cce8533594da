/**
 * The content format: what an editor writes in `content/<kind>/<id>.yaml`. Strict (an unknown
 * field is a typo, not data), with messages in plain words. The compiler (compile.ts) turns each
 * record into the contract's shape and checks it again with the app's own schemas.
 */
import { z } from '@/lib/zod';
import { isRealDate } from '@/data/schema';
import { CATEGORIES, JURISDICTIONS } from '@/data/events/values';
import { SOURCE_KINDS } from '@/data/sources/values';
import { CHARTS, HEADLINE_CARDS, MEASURES, UNITS } from '@/data/metrics/contract';
import { CODEBOOK_SECTIONS } from '@/data/codebook/contract';
import { LANGS } from '@/lib/i18n/langs';
import { startOf } from '@/lib/format';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** The shape of a date at year, month or day precision; whether it exists is checked apart. */
const PARTIAL = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const realPartial = (d: string) => {
  const month = d.length >= 7 ? Number(d.slice(5, 7)) : 1;
  return month >= 1 && month <= 12 && isRealDate(d);
};

export const slug = z.string().check(z.regex(SLUG, 'is not an id: use lower-case words joined by hyphens'));

const nonEmpty = z.string().check(z.refine((s) => s.trim() !== '', 'is empty'));

/**
 * Spanish sets a space between a number and "%" ("59 %"): published as a no-break space, so a line
 * never breaks between them, whatever the editor typed.
 */
const spanishText = nonEmpty.check(z.overwrite((s) => s.replace(/(\d) (?=%)/g, '$1\u00a0')));

/** Text in every published language. */
export const localized = z.strictObject({ en: nonEmpty, es: spanishText });

/** A date at the precision it is known: `2022-06-25`, `2022-06` or `2022` (a bare year may be a number). */
export const partialDate = z
  .pipe(
    z.union([z.string(), z.int()], { error: 'should be a date like 2022-06-25, 2022-06 or 2022' }),
    z.transform((value) => String(value)),
  )
  .check(
    z.refine((d) => PARTIAL.test(d), 'is not a date: write it as 2022-06-25, 2022-06 or 2022'),
    z.refine((d) => !PARTIAL.test(d) || realPartial(d), 'is not a real date'),
  );

/** A day: `2026-11-21`. */
export const day = z.string({ error: 'should be a day like 2026-11-21' }).check(
  z.refine((d) => /^\d{4}-\d{2}-\d{2}$/.test(d), 'is not a day: write it as 2026-11-21'),
  z.refine((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d) || realPartial(d), 'is not a real date'),
);

const https = z.string().check(
  z.refine((value) => {
    try {
      return new URL(value).protocol === 'https:';
    } catch {
      return false;
    }
  }, 'is not an https address (links must start with https://)'),
);

/**
 * When an event happened: a date (`2022-06-25`), a period (`{ start: 2009-10, end: 2011-01 }`), or a
 * U.S. federal fiscal year (`{ fiscalYear: 2022 }`, 1 October 2021 to 30 September 2022).
 */
export const eventDate = z.union(
  [
    partialDate,
    z.strictObject({ start: partialDate, end: z.optional(partialDate) }).check(
      z.refine((p) => p.end === undefined || startOf(p.end) >= startOf(p.start), {
        message: 'the period ends before it starts',
        path: ['end'],
      }),
    ),
    z.strictObject({ fiscalYear: z.int().check(z.gte(1900), z.lte(2100)) }),
  ],
  {
    error: 'should be a date (2022-06-25), a period ({ start, end }) or a fiscal year ({ fiscalYear: 2022 })',
  },
);

/** A cited source: its id, or its id with the quote that supports this record. */
export const citation = z.union([slug, z.strictObject({ id: slug, quote: nonEmpty })], {
  error: 'should be a source id, or { id, quote }',
});

/** Identifiers people cite the matter by; each becomes a link to its official or standard page. */
export const identifier = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('bill'),
      congress: z.int().check(z.gte(1)),
      number: nonEmpty,
      url: z.optional(https),
    }),
    z.strictObject({
      kind: z.literal('public-law'),
      number: z.string().check(z.regex(/^\d+-\d+$/, 'is not a public-law number like 117-159')),
      url: z.optional(https),
    }),
    z.strictObject({
      kind: z.literal('federal-register'),
      number: z
        .string()
        .check(z.regex(/^\d{4}-\d{3,6}$/, 'is not a Federal Register document number like 2024-07838')),
      url: z.optional(https),
    }),
    z.strictObject({
      kind: z.literal('docket'),
      court: nonEmpty,
      number: nonEmpty,
      caseName: z.optional(nonEmpty),
      url: z.optional(https),
    }),
    z.strictObject({
      kind: z.literal('reporter'),
      citation: nonEmpty,
      caseName: z.optional(nonEmpty),
      url: z.optional(https),
    }),
    z.strictObject({ kind: z.literal('report'), number: nonEmpty, url: z.optional(https) }),
    z.strictObject({ kind: z.literal('executive-order'), number: nonEmpty, url: z.optional(https) }),
    z.strictObject({
      kind: z.literal('official-document'),
      number: nonEmpty,
      issuer: z.optional(localized),
      url: z.optional(https),
    }),
  ],
  {
    error:
      'should have a kind: bill, public-law, federal-register, docket, reporter, report, executive-order or official-document',
  },
);

/** A correction: when, and why, in both languages (shown on the record's page and in the change log). */
export const correction = z.strictObject({ date: day, reason: localized, field: z.optional(nonEmpty) });
/** A change that is not a correction (new information, a new source). */
export const change = z.strictObject({ date: day, note: z.optional(localized) });

const history = {
  /** When the record entered the dataset. */
  added: day,
  changes: z.optional(z.array(change)),
  corrections: z.optional(z.array(correction)),
};

export const eventContent = z.strictObject({
  date: eventDate,
  title: localized,
  summary: localized,
  category: z.enum(CATEGORIES),
  jurisdiction: z.enum(JURISDICTIONS),
  actors: z.array(slug),
  storyline: z.optional(slug),
  stage: z.optional(slug),
  verification: z.enum(['confirmed', 'single-source', 'disputed']),
  /** Context, not trafficking policy (trade, tariffs, cartel leadership): kept only where a storyline's own sources tie it in. */
  context: z.optional(z.boolean()),
  sources: z.array(citation).check(z.minLength(1, 'needs at least one source: every event is sourced')),
  identifiers: z.optional(z.array(identifier)),
  related: z.optional(
    z.strictObject({ events: z.optional(z.array(slug)), metrics: z.optional(z.array(slug)) }),
  ),
  notes: z.optional(z.array(localized)),
  factRef: z.optional(nonEmpty),
  /** Written by `npm run data:accept` from a monitor lead: the build refuses to publish it until an editor clears it. */
  draft: z.optional(z.boolean()),
  /** The monitor lead this event came from. */
  lead: z.optional(slug),
  ...history,
});
export type EventContent = z.output<typeof eventContent>;

/** Where a storyline, panel or deck comes in lists (smaller first; then by id). */
const order = z.optional(z.int().check(z.gte(0)));

export const storylineContent = z.strictObject({
  order,
  title: localized,
  whyItMatters: localized,
  status: z.strictObject({
    kind: z.enum(['pending', 'active', 'decided', 'in-force', 'ended', 'complete', 'under-review']),
    text: localized,
    currentStage: z.optional(slug),
    /** The date of the latest source checked for this status. */
    asOf: day,
    sources: z.optional(z.array(citation)),
  }),
  /** When an editor last looked at this storyline. */
  lastChecked: day,
  stages: z
    .array(z.strictObject({ id: slug, label: localized, explanation: localized }))
    .check(z.minLength(1, 'needs at least one stage')),
  venues: z.optional(
    z.array(
      z.strictObject({ actor: slug, level: z.enum(['district', 'appeals', 'supreme', 'international']) }),
    ),
  ),
  ...history,
});
export type StorylineContent = z.output<typeof storylineContent>;

export const observationContent = z
  .strictObject({
    id: slug,
    series: slug,
    period: z.strictObject({ start: partialDate, end: partialDate, label: z.optional(localized) }),
    value: z.optional(z.number()),
    low: z.optional(z.number()),
    high: z.optional(z.number()),
    qualifier: z.optional(z.enum(['approx', 'nearly', 'up-to', 'more-than'])),
    interval: z.optional(z.strictObject({ low: z.number(), high: z.number(), label: localized })),
    estimator: localized,
    published: z.optional(partialDate),
    sources: z.array(citation).check(z.minLength(1, 'needs at least one source: every figure is sourced')),
    verification: z.enum(['confirmed', 'single-source', 'disputed']),
    disputeGroup: z.optional(slug),
    note: z.optional(localized),
    factRef: z.optional(nonEmpty),
    /** What the figure counts, when the panel's unit does not say (unit `count`, or a statement). */
    unitLabel: z.optional(localized),
    /** The source gives a rounded figure. */
    approximate: z.optional(z.boolean()),
    /** Computed here from published counts (e.g. a share from two counts). */
    computed: z.optional(z.boolean()),
    /** The release or publication the figure comes from, when it matters (counts are revised). */
    release: z.optional(localized),
  })
  .check(
    z.refine((o) => o.value !== undefined || o.low !== undefined || o.high !== undefined, {
      message: 'needs a figure: a value, or a low and/or high',
      path: ['value'],
    }),
    z.refine((o) => o.low === undefined || o.high === undefined || o.low <= o.high, {
      message: 'low is above high',
      path: ['low'],
    }),
    z.refine((o) => startOf(o.period.end) >= startOf(o.period.start), {
      message: 'the period ends before it starts',
      path: ['period', 'end'],
    }),
  );

export const metricContent = z.strictObject({
  order,
  title: localized,
  description: localized,
  unit: z.enum(UNITS),
  timeBased: z.boolean(),
  /** How it is drawn: ranges, spans, annual-bars, cumulative-steps, multi-year-totals, statements or context. */
  chart: z.optional(z.enum(CHARTS)),
  /**
   * The overview's headline card it feeds (`estimates`, `share`, `seizures-us`, `seizures-mx`), with
   * the series whose latest figure it shows (all but `estimates`, which shows the spread).
   */
  headline: z.optional(z.strictObject({ card: z.enum(HEADLINE_CARDS), series: z.optional(slug) })),
  /** Its series: id, name in both languages, and what each measures. */
  series: z.optional(z.array(z.strictObject({ id: slug, label: localized, measure: z.enum(MEASURES) }))),
  caveats: z.array(localized),
  /** How each estimator made its figures, in plain words. */
  methodNotes: z.optional(z.array(z.strictObject({ estimator: localized, text: localized }))),
  defaultEventStorylines: z.optional(z.array(slug)),
  observations: z.array(observationContent),
  ...history,
});
export type MetricContent = z.output<typeof metricContent>;

export const sourceContent = z
  .strictObject({
    /** Who published the page; a copy names the original publisher and says where the copy is (`copy`). */
    publisher: z.union([nonEmpty, localized], { error: 'should be the publisher’s name, or { en, es }' }),
    copy: z.optional(z.strictObject({ at: nonEmpty })),
    /** The document's own title, as published. */
    title: z.optional(nonEmpty),
    /**
     * Only when the document's title was never recorded: what the document is, in both languages
     * ("El Mañana's report on the guns found at the border"). Shown in square brackets and said to be
     * a description, never passed off as a title. Write the title instead as soon as it is known.
     */
    untitled: z.optional(localized),
    date: z.nullable(partialDate),
    url: https,
    kind: z.enum(SOURCE_KINDS),
    language: z.enum(LANGS),
    quote: z.optional(nonEmpty),
    added: z.optional(day),
  })
  .check(
    z.refine((s) => (s.title === undefined) !== (s.untitled === undefined), {
      message:
        'needs its title (or, only if the title was never recorded, `untitled: { en, es }` describing the document), not both',
      path: ['title'],
    }),
    z.refine((s) => s.title === undefined || !/title not captured|approximated|^\(|^\[/i.test(s.title), {
      message:
        'is a placeholder, not the document’s title: write the real title, or describe the document under `untitled`',
      path: ['title'],
    }),
  );
export type SourceContent = z.output<typeof sourceContent>;

export const actorContent = z.strictObject({
  name: localized,
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

export const glossaryContent = z.strictObject({
  term: localized,
  aliases: z.optional(
    z.strictObject({ en: z.optional(z.array(nonEmpty)), es: z.optional(z.array(nonEmpty)) }),
  ),
  definition: localized,
});

export const deckContent = z.strictObject({
  order,
  title: localized,
  description: localized,
  events: z.array(slug).check(z.minLength(1, 'a deck needs at least one event')),
  /** The presenter's note for some of its events (by event id), shown in the speaker view. */
  notes: z.optional(z.record(slug, localized)),
});

/** `content/codebook.yaml`: how each closed list is coded, with examples. */
export const codebookContent = z.strictObject({
  intro: localized,
  sections: z.array(
    z.strictObject({
      id: z.enum(CODEBOOK_SECTIONS),
      title: localized,
      intro: localized,
      entries: z.array(
        z.strictObject({
          value: nonEmpty,
          definition: localized,
          decided: localized,
          examples: z.optional(z.array(slug)),
        }),
      ),
    }),
  ),
});

/** `content/dataset.yaml`: what the dataset as a whole says about itself. */
export const datasetContent = z.strictObject({
  license: localized,
  factSheetCompiled: day,
});

/** `content/releases.yaml`: each published version of the dataset, oldest first. */
export const releasesContent = z
  .array(
    z.strictObject({
      version: z.string().check(z.regex(/^\d{4}\.\d{2}\.\d{2}(\.\d+)?$/, 'is not a version like 2026.12.01')),
      /** The day it was published, or the moment (`2026-11-21T12:00:00Z`). */
      date: z
        .string()
        .check(
          z.regex(
            /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?Z)?$/,
            'is not a day (2026-12-01) or a UTC moment (2026-12-01T12:00:00Z)',
          ),
        ),
      summary: localized,
    }),
  )
  .check(z.minLength(1, 'needs at least one release'));
