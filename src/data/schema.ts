import { z } from '@/lib/zod';
import type { Lang } from '@/lib/i18n/langs';

/** ISO date at day, month or year precision: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export const partialDateSchema = z.string().check(
  z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'),
  z.refine((value) => isRealDate(value), 'not a real calendar date'),
);

/** Checks that a day-precision date exists (no 31 February). */
export function isRealDate(value: string): boolean {
  if (value.length !== 10) return true;
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = m === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
  return m >= 1 && m <= 12 && d >= 1 && d <= days;
}

const text = z.string().check(z.minLength(1));
/** Text in every language the tracker publishes (src/lib/i18n/langs.ts). None may be empty. */
export const localizedTextSchema = z.object({ en: text, es: text } satisfies Record<Lang, typeof text>);
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const slugSchema = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case slug'));

/** Links must be https; anything else is rejected at the boundary. */
export const httpsUrlSchema = z.string().check(
  z.refine((value) => {
    try {
      return new URL(value).protocol === 'https:';
    } catch {
      return false;
    }
  }, 'expected an https URL'),
);

export const VERIFICATIONS = ['confirmed', 'single-source', 'disputed'] as const;
export const verificationSchema = z.enum(VERIFICATIONS);
export type Verification = z.infer<typeof verificationSchema>;

/** Every resource of the contract is wrapped in this envelope. */
export const API_VERSION = 1;
export function envelopeSchema<T extends z.ZodMiniType>(data: T) {
  return z.object({ apiVersion: z.literal(API_VERSION), data });
}
