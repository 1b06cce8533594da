import { describe, expect, it } from 'vitest';
import {
  addItem,
  deckDraftSchema,
  deckOfEvents,
  describeIssue,
  emptyDeck,
  hasContent,
  itemKey,
  LIMITS,
  moveItem,
  removeItem,
  resolveDeck,
  sameDeck,
  setNote,
} from './built-deck';

const ids = (deck: { items: { id: string }[] }) => deck.items.map((i) => i.id);
const deck = deckOfEvents(['a', 'b', 'c', 'd']);

describe('a built deck', () => {
  it('moves a slide up, down, to either end, and ignores moves that go nowhere', () => {
    expect(ids(moveItem(deck, 0, 2))).toEqual(['b', 'c', 'a', 'd']);
    expect(ids(moveItem(deck, 3, 0))).toEqual(['d', 'a', 'b', 'c']);
    expect(ids(moveItem(deck, 1, 2))).toEqual(['a', 'c', 'b', 'd']);
    expect(ids(moveItem(deck, 2, 99))).toEqual(['a', 'b', 'd', 'c']);
    expect(moveItem(deck, 0, -1)).toBe(deck);
    expect(moveItem(deck, 7, 0)).toBe(deck);
    // The original is untouched (the builder keeps it for Undo).
    expect(ids(deck)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('adds each slide once, keeps an event and a panel of the same id apart, and stops when full', () => {
    const withPanel = addItem(addItem(deck, 'panel', 'a'), 'event', 'a');
    expect(withPanel.items.map(itemKey)).toEqual(['event:a', 'event:b', 'event:c', 'event:d', 'panel:a']);
    const full = deckOfEvents(Array.from({ length: LIMITS.items }, (_, i) => `e${String(i)}`));
    expect(addItem(full, 'event', 'one-more')).toBe(full);
  });

  it('removes a slide and writes a note on one', () => {
    expect(ids(removeItem(deck, 'event:b'))).toEqual(['a', 'c', 'd']);
    const noted = setNote(deck, 'event:c', 'Say this.');
    expect(noted.items[2]?.note).toBe('Say this.');
    expect(sameDeck(noted, deck)).toBe(false);
    expect(sameDeck(setNote(noted, 'event:c', ''), deck)).toBe(true);
  });

  it('keeps only the slides the dataset has, once each, and lists what it left out', () => {
    const draft = { ...emptyDeck(), items: [...deck.items, { kind: 'panel' as const, id: 'x', note: '' }] };
    draft.items.push({ kind: 'event', id: 'a', note: 'again' });
    const { deck: kept, skipped } = resolveDeck(draft, {
      events: new Set(['a', 'c']),
      panels: new Set(['y']),
    });
    expect(kept.items.map(itemKey)).toEqual(['event:a', 'event:c']);
    expect(skipped.map(itemKey)).toEqual(['event:b', 'event:d', 'panel:x', 'event:a']);
  });

  it('starts from events in their order, with a title and notes, and knows an empty deck', () => {
    const started = deckOfEvents(['b', 'a', 'b'], { title: 'T', notes: { a: 'Note on a' } });
    expect(started.items).toEqual([
      { kind: 'event', id: 'b', note: '' },
      { kind: 'event', id: 'a', note: 'Note on a' },
    ]);
    expect(hasContent(emptyDeck())).toBe(false);
    expect(hasContent({ ...emptyDeck(), closing: 'Thanks' })).toBe(true);
  });

  it('names what breaks the schema, and where', () => {
    const problem = (value: unknown) => {
      const parsed = deckDraftSchema.safeParse(value);
      const issue = parsed.success ? undefined : parsed.error.issues[0];
      return issue ? describeIssue(issue) : null;
    };
    const items = (list: unknown[]) => ({ ...emptyDeck(), items: list });
    expect(problem(items([{ kind: 'event', id: 'Not An Id', note: '' }]))).toEqual({
      where: 'items[0].id',
      what: 'format',
      detail: '',
    });
    expect(problem(items([{ kind: 'slide', id: 'a', note: '' }]))).toMatchObject({
      where: 'items[0].kind',
      what: 'value',
      detail: 'event, panel',
    });
    expect(problem({ ...emptyDeck(), title: 'x'.repeat(LIMITS.title + 1) })).toEqual({
      where: 'title',
      what: 'too-long',
      detail: String(LIMITS.title),
    });
    expect(problem({ ...emptyDeck(), subtitle: 3 })).toMatchObject({ where: 'subtitle', what: 'type' });
    expect(problem(items([...deck.items, deck.items[0]]))).toMatchObject({ where: 'items', what: 'twice' });
    expect(problem(deck)).toBeNull();
  });
});
