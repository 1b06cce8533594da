import * as z from 'zod/mini';

/** ISO date at day, month or year precision: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export const partialDateSchema = z.string().check(
  z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'),
  z.refine((value) => isRealDate(value), 'not a real calendar date'),
);

/** Checks that a day-precision date exists (no 31 February). */
export function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined || d === undefined || y === undefined) return true;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Text in both languages the tracker publishes. Neither may be empty. */
export const localizedTextSchema = z.object({
  en: z.string().check(z.minLength(1)),
  es: z.string().check(z.minLength(1)),
});
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

export const verificationSchema = z.enum(['confirmed', 'single-source', 'disputed']);
export type Verification = z.infer<typeof verificationSchema>;

/** Every resource of the contract is wrapped in this envelope. */
export const API_VERSION = 1;
export function envelopeSchema<T extends z.ZodMiniType>(data: T) {
  return z.object({ apiVersion: z.literal(API_VERSION), data });
}
