/** The contract's closed lists, without zod, so pages can use them without loading the validator. */
export const CATEGORIES = [
  'enforcement',
  'funding',
  'legislation',
  'litigation',
  'designation',
  'diplomacy',
  'executive-action',
  'report',
  'investigation',
] as const;
export const JURISDICTIONS = ['us', 'mx', 'bilateral', 'international'] as const;
