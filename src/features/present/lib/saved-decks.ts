import { z } from '@/lib/zod';
import { readStored, writeStored } from '@/lib/storage';
import { deckDraftSchema, emptyDeck, hasContent, sameDeck, type DeckDraft } from './built-deck';

/**
 * Decks kept in this browser (as saved views are, src/features/views/lib/saved-views.ts): the
 * saved list under `irt:decks`, and the deck being built under `irt:deck-draft` (so a reload, or
 * coming back from presenting it, finds it as it was). Versioned through lib/storage: an unreadable
 * store is set aside with a notice, never dropped.
 */
export const DECKS_KEY = 'irt:decks';
export const DRAFT_KEY = 'irt:deck-draft';
const VERSION = 1;

const savedDeckSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]{1,64}$/)),
  name: z.string().check(z.refine((s) => s.length >= 1 && s.length <= 120, '1 to 120 characters')),
  saved: z.string(),
  deck: deckDraftSchema,
});
export type SavedDeck = z.infer<typeof savedDeckSchema>;
const listSchema = z.array(savedDeckSchema);

const draftSchema = z.object({
  deck: deckDraftSchema,
  /** The saved deck this is (its changes are saved over it), if any. */
  savedId: z.nullable(z.string()),
});
export type StoredDraft = z.infer<typeof draftSchema>;

const parseWith =
  <T>(schema: { safeParse: (d: unknown) => { success: true; data: T } | { success: false } }) =>
  (data: unknown): T | null => {
    const parsed = schema.safeParse(data);
    return parsed.success ? parsed.data : null;
  };

export function loadDecks(storage?: Storage): SavedDeck[] {
  return readStored(DECKS_KEY, VERSION, parseWith(listSchema), undefined, storage) ?? [];
}

/** Saves the list; false if the browser refused (a notice says so). */
export function storeDecks(decks: readonly SavedDeck[], storage?: Storage): boolean {
  return writeStored(DECKS_KEY, VERSION, decks, storage);
}

export function loadDraft(storage?: Storage): StoredDraft | null {
  return readStored(DRAFT_KEY, VERSION, parseWith(draftSchema), undefined, storage);
}

export function storeDraft(draft: StoredDraft, storage?: Storage): boolean {
  return writeStored(DRAFT_KEY, VERSION, draft, storage);
}

export function newSavedDeck(name: string, deck: DeckDraft, now = new Date()): SavedDeck {
  return {
    id: `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    name: name.trim().slice(0, 120),
    saved: now.toISOString(),
    deck,
  };
}

/** The list with `deck` saved: over the saved deck `id` if it is still there, else as a new one named `name`. */
export function saveDeck(
  decks: readonly SavedDeck[],
  deck: DeckDraft,
  id: string | null,
  name: string,
  now = new Date(),
): { decks: SavedDeck[]; saved: SavedDeck } {
  const existing = id ? decks.find((d) => d.id === id) : undefined;
  if (existing) {
    const saved = { ...existing, deck, saved: now.toISOString() };
    return { decks: decks.map((d) => (d.id === id ? saved : d)), saved };
  }
  const saved = newSavedDeck(name, deck, now);
  return { decks: [...decks, saved], saved };
}

/**
 * The deck the builder opens with: the one it was asked to start from (`start`: a storyline, a
 * timeline view, a deck or a link), else the one being built when it was last open, else an empty
 * one. Starting anew never loses the deck being built: unless it is already saved as it is, it is
 * saved in the list first (`keptAs`; `previous` when the browser would not save it, so the page
 * can still offer it back).
 */
export function beginDraft(
  start: DeckDraft | null,
  /** The name of a kept deck that has no title. */
  untitled: string,
  storage?: Storage,
  now = new Date(),
): { draft: StoredDraft; keptAs: SavedDeck | null; previous: StoredDraft | null } {
  const stored = loadDraft(storage);
  if (!start) return { draft: stored ?? { deck: emptyDeck(), savedId: null }, keptAs: null, previous: null };
  let keptAs: SavedDeck | null = null;
  let previous: StoredDraft | null = null;
  if (stored && hasContent(stored.deck) && !sameDeck(stored.deck, start)) {
    const decks = loadDecks(storage);
    const savedAsIs = decks.some((d) => d.id === stored.savedId && sameDeck(d.deck, stored.deck));
    if (!savedAsIs) {
      const result = saveDeck(decks, stored.deck, null, stored.deck.title.trim() || untitled, now);
      if (storeDecks(result.decks, storage)) keptAs = result.saved;
      else previous = stored;
    }
  }
  const draft = { deck: start, savedId: null };
  storeDraft(draft, storage);
  return { draft, keptAs, previous };
}
