/** The contract's closed lists for storylines, without zod (see ../events/values.ts). */
export const STORYLINE_STATUSES = [
  'pending',
  'active',
  'decided',
  'in-force',
  'ended',
  'complete',
  'under-review',
] as const;
