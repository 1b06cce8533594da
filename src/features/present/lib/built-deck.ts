import { z } from '@/lib/zod';
import { slugSchema } from '@/data/schema';

/**
 * A deck a presenter builds (`/present/build`): a title slide, slides that are events or metric
 * panels (by id: the dataset's own text is never copied), a closing slide, and the presenter's
 * words for each (notes, shown in the speaker view only). Kept in the browser, shared as a link
 * (deck-link.ts) and as a file (deck-file.ts), all checked against the one schema below.
 */
export type DeckItemKind = 'event' | 'panel';

export interface DeckItem {
  kind: DeckItemKind;
  id: string;
  /** The presenter's words for this slide (speaker view and handout only). */
  note: string;
}

export interface DeckDraft {
  title: string;
  subtitle: string;
  /** The presenter's note for the title slide. */
  titleNote: string;
  items: DeckItem[];
  /** The closing slide's text. */
  closing: string;
  closingNote: string;
}

/** Limits of what a deck may hold (a link or file beyond them is refused, not cut). */
export const LIMITS = { title: 200, subtitle: 300, closing: 1000, note: 2000, items: 100 } as const;

// (Refinement messages are codes: the builder says what is wrong in the page's language.)
const upTo = (max: number) => z.string().check(z.refine((s) => s.length <= max, `too-long:${String(max)}`));

export const deckItemSchema = z.object({
  kind: z.enum(['event', 'panel']),
  id: slugSchema,
  note: upTo(LIMITS.note),
});

export const deckDraftSchema = z.object({
  title: upTo(LIMITS.title),
  subtitle: upTo(LIMITS.subtitle),
  titleNote: upTo(LIMITS.note),
  items: z.array(deckItemSchema).check(
    z.refine((items) => items.length <= LIMITS.items, `too-many:${String(LIMITS.items)}`),
    z.refine((items) => new Set(items.map(itemKey)).size === items.length, 'twice'),
  ),
  closing: upTo(LIMITS.closing),
  closingNote: upTo(LIMITS.note),
});

export const emptyDeck = (): DeckDraft => ({
  title: '',
  subtitle: '',
  titleNote: '',
  items: [],
  closing: '',
  closingNote: '',
});

/** A slide's key in a deck (an event and a panel may share an id). */
export function itemKey(item: { kind: DeckItemKind; id: string }): string {
  return `${item.kind}:${item.id}`;
}

/** Whether the deck holds anything a presenter wrote or chose (an empty one is not worth keeping). */
export function hasContent(deck: DeckDraft): boolean {
  return (
    deck.items.length > 0 ||
    [deck.title, deck.subtitle, deck.titleNote, deck.closing, deck.closingNote].some((s) => s.trim() !== '')
  );
}

/** Two decks with the same slides, order and words. */
export function sameDeck(a: DeckDraft, b: DeckDraft): boolean {
  return JSON.stringify(normalized(a)) === JSON.stringify(normalized(b));
}

const normalized = (d: DeckDraft): DeckDraft => ({
  title: d.title,
  subtitle: d.subtitle,
  titleNote: d.titleNote,
  items: d.items.map((i) => ({ kind: i.kind, id: i.id, note: i.note })),
  closing: d.closing,
  closingNote: d.closingNote,
});

/** The deck with a slide added at the end (unchanged if it is already in, or the deck is full). */
export function addItem(deck: DeckDraft, kind: DeckItemKind, id: string): DeckDraft {
  if (deck.items.length >= LIMITS.items || deck.items.some((i) => itemKey(i) === itemKey({ kind, id })))
    return deck;
  return { ...deck, items: [...deck.items, { kind, id, note: '' }] };
}

export function removeItem(deck: DeckDraft, key: string): DeckDraft {
  return { ...deck, items: deck.items.filter((i) => itemKey(i) !== key) };
}

/**
 * The deck with the slide at `from` moved to `to` (0-based; `to` is its position afterwards,
 * clamped to the list). Unchanged for a position that does not exist.
 */
export function moveItem(deck: DeckDraft, from: number, to: number): DeckDraft {
  const items = [...deck.items];
  if (from < 0 || from >= items.length) return deck;
  const target = Math.max(0, Math.min(items.length - 1, to));
  if (target === from) return deck;
  const [moved] = items.splice(from, 1);
  if (!moved) return deck;
  items.splice(target, 0, moved);
  return { ...deck, items };
}

export function setNote(deck: DeckDraft, key: string, note: string): DeckDraft {
  return {
    ...deck,
    items: deck.items.map((i) => (itemKey(i) === key ? { ...i, note: note.slice(0, LIMITS.note) } : i)),
  };
}

/**
 * The deck with only the slides this dataset has (`known` event and panel ids), in order, once
 * each; what was left out is listed (a link or file made with another version of the dataset).
 */
export function resolveDeck(
  deck: DeckDraft,
  known: { events: ReadonlySet<string>; panels: ReadonlySet<string> },
): { deck: DeckDraft; skipped: DeckItem[] } {
  const seen = new Set<string>();
  const skipped: DeckItem[] = [];
  const items = deck.items.filter((item) => {
    const key = itemKey(item);
    const ok = !seen.has(key) && (item.kind === 'event' ? known.events : known.panels).has(item.id);
    seen.add(key);
    if (!ok) skipped.push(item);
    return ok;
  });
  return { deck: { ...deck, items }, skipped };
}

/** A deck of these events, in this order (what the builder starts from). */
export function deckOfEvents(
  events: readonly string[],
  words: { title?: string; subtitle?: string; notes?: Readonly<Record<string, string>> } = {},
): DeckDraft {
  return {
    ...emptyDeck(),
    title: (words.title ?? '').slice(0, LIMITS.title),
    subtitle: (words.subtitle ?? '').slice(0, LIMITS.subtitle),
    items: [...new Set(events)]
      .slice(0, LIMITS.items)
      .map((id) => ({ kind: 'event' as const, id, note: (words.notes?.[id] ?? '').slice(0, LIMITS.note) })),
  };
}

/** What is wrong with a deck read from a file or link: where (`items[2].id`), and what. */
export interface DeckProblem {
  where: string;
  what: 'type' | 'value' | 'format' | 'too-long' | 'too-many' | 'twice' | 'other';
  /** The kind of value expected (`type`), the values allowed (`value`), or the limit. */
  detail: string;
}

/** A schema problem (zod's issue) in those terms. */
export function describeIssue(
  issue: {
    code: string;
    path: readonly PropertyKey[];
    message: string;
    expected?: unknown;
    values?: unknown;
  },
  prefix: readonly PropertyKey[] = [],
): DeckProblem {
  const where = [...prefix, ...issue.path]
    .map((p, i) => (typeof p === 'number' ? `[${String(p)}]` : `${i > 0 ? '.' : ''}${String(p)}`))
    .join('');
  const [code, limit = ''] = issue.message.split(':');
  if (issue.code === 'invalid_type') return { where, what: 'type', detail: String(issue.expected) };
  if (issue.code === 'invalid_value')
    return {
      where,
      what: 'value',
      detail: Array.isArray(issue.values) ? issue.values.map(String).join(', ') : '',
    };
  if (issue.code === 'invalid_format') return { where, what: 'format', detail: '' };
  if (code === 'too-long' || code === 'too-many' || code === 'twice')
    return { where, what: code, detail: limit };
  return { where, what: 'other', detail: issue.message };
}
