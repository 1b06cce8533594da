import { z } from '@/lib/zod';
import { readStored, writeStored } from '@/lib/storage';

/**
 * Views saved in the browser: a name and the timeline's query string. Stored
 * versioned under `irt:views` (see lib/storage: an unreadable store is set aside,
 * never dropped); exported and imported as a JSON file.
 */
export const VIEWS_KEY = 'irt:views';
const VERSION = 1;
export const FILE_FORMAT = 'iron-river-tracker/saved-views';

const viewSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]{1,64}$/)),
  // (refine rather than maxLength: one zod check fewer in the first page's shared code)
  name: z.string().check(z.refine((s) => s.length >= 1 && s.length <= 120, '1 to 120 characters')),
  /** The timeline's query string, without `?`. */
  query: z.string().check(z.refine((s) => s.length <= 2000, 'at most 2000 characters')),
  saved: z.string(),
});
export type SavedView = z.infer<typeof viewSchema>;
const listSchema = z.array(viewSchema);

export function loadViews(storage?: Storage): SavedView[] {
  return (
    readStored(
      VIEWS_KEY,
      VERSION,
      (data) => {
        const parsed = listSchema.safeParse(data);
        return parsed.success ? parsed.data : null;
      },
      undefined,
      storage,
    ) ?? []
  );
}

/** Saves the list; false if the browser refused (a notice says so). */
export function storeViews(views: readonly SavedView[], storage?: Storage): boolean {
  return writeStored(VIEWS_KEY, VERSION, views, storage);
}

export function newView(name: string, query: string, now = new Date()): SavedView {
  const id = `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  return {
    id,
    name: name.trim().slice(0, 120),
    query: query.replace(/^\?/, '').slice(0, 2000),
    saved: now.toISOString(),
  };
}

export function toFile(views: readonly SavedView[]): string {
  return `${JSON.stringify({ format: FILE_FORMAT, version: VERSION, views }, null, 2)}\n`;
}

/**
 * Reads an exported file. Views already present (same id) are kept as they
 * are; valid new ones are added; invalid entries are counted, not guessed at.
 */
export function mergeFile(
  current: readonly SavedView[],
  text: string,
): { views: SavedView[]; added: number; skipped: number } | { error: 'not-json' | 'not-views' | 'newer' } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { error: 'not-json' };
  }
  const file = data as { format?: unknown; version?: unknown; views?: unknown };
  if (file.format !== FILE_FORMAT || !Array.isArray(file.views)) return { error: 'not-views' };
  if (typeof file.version !== 'number' || file.version > VERSION) return { error: 'newer' };
  const known = new Set(current.map((v) => v.id));
  const views = [...current];
  let added = 0;
  let skipped = 0;
  for (const item of file.views) {
    const parsed = viewSchema.safeParse(item);
    if (!parsed.success) skipped++;
    else if (!known.has(parsed.data.id)) {
      views.push(parsed.data);
      known.add(parsed.data.id);
      added++;
    }
  }
  return { views, added, skipped };
}
