import { z } from '@/lib/zod';
import { STORYLINE_STATUSES } from './values';
import { localizedTextSchema, partialDateSchema, slugSchema } from '@/data/schema';

export const storylineStatusKindSchema = z.enum(STORYLINE_STATUSES);
export type StorylineStatusKind = z.infer<typeof storylineStatusKindSchema>;

/** One step of a storyline, explained in plain language, with the events that make it up. */
export const stageSchema = z.object({
  id: slugSchema,
  label: localizedTextSchema,
  explanation: localizedTextSchema,
  events: z.array(slugSchema),
});
export type Stage = z.infer<typeof stageSchema>;

/** A policy or case followed through its stages, with where it stands now. */
export const storylineSchema = z.object({
  id: slugSchema,
  title: localizedTextSchema,
  whyItMatters: localizedTextSchema,
  status: z.object({
    kind: storylineStatusKindSchema,
    text: localizedTextSchema,
    currentStage: z.nullable(slugSchema),
    /** The sources the status rests on. */
    sources: z.optional(z.array(slugSchema)),
  }),
  /** The date of the latest source checked for the status (YYYY-MM-DD). */
  statusAsOf: z.optional(partialDateSchema),
  /** When an editor last looked at the storyline (YYYY-MM-DD). */
  lastChecked: z.optional(partialDateSchema),
  /**
   * When the monitor last checked the storyline's official sources (YYYY-MM-DD): the day of the
   * latest check that covered every watch of the storyline (its dockets, bills, agencies and
   * terms). Absent while one of them has never been checked (see the README, "Keeping the
   * tracker current").
   */
  monitorChecked: z.optional(partialDateSchema),
  stages: z.array(stageSchema).check(z.minLength(1)),
  /** Courts or bodies the matter passed through, in order. */
  venues: z.array(
    z.object({ actor: slugSchema, level: z.enum(['district', 'appeals', 'supreme', 'international']) }),
  ),
});
export type Storyline = z.infer<typeof storylineSchema>;
