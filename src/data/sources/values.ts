/** The contract's closed lists, without zod (see ../../events/api/values.ts). */
export const SOURCE_KINDS = ['government', 'court', 'legislative', 'news', 'academic', 'ngo'] as const;
