import { describe, expect, it } from 'vitest';
import { storeIssues } from '@/lib/storage';
import { memoryStorage } from '../../../../tests/setup/memory-storage';
import { deckOfEvents, emptyDeck } from './built-deck';
import {
  beginDraft,
  DECKS_KEY,
  DRAFT_KEY,
  loadDecks,
  loadDraft,
  saveDeck,
  storeDecks,
  storeDraft,
} from './saved-decks';

const keys = (s: Storage) => Array.from({ length: s.length }, (_, i) => s.key(i) ?? '');
const deck = deckOfEvents(['bsca-signed', 'gao-09-709-report'], { title: 'Two events' });

describe('decks kept in the browser', () => {
  it('saves a deck, saves its changes over it, and reads the list back', () => {
    const s = memoryStorage();
    const first = saveDeck([], deck, null, 'Two events', new Date('2026-12-01T10:00:00Z'));
    expect(first.saved).toMatchObject({ name: 'Two events', saved: '2026-12-01T10:00:00.000Z', deck });
    const changed = { ...deck, subtitle: 'Now with a subtitle' };
    const second = saveDeck(first.decks, changed, first.saved.id, 'ignored');
    expect(second.decks).toHaveLength(1);
    expect(second.decks[0]).toMatchObject({ id: first.saved.id, name: 'Two events', deck: changed });
    // Saved over a deck deleted meanwhile: a new one.
    expect(saveDeck([], changed, first.saved.id, 'Again').decks[0]?.name).toBe('Again');
    expect(storeDecks(second.decks, s)).toBe(true);
    expect(loadDecks(s)).toEqual(second.decks);
  });

  it('sets an unreadable list aside with a notice rather than losing it, and refuses a newer format', async () => {
    storeIssues.dismiss();
    const broken = JSON.stringify({ v: 1, data: [{ id: 'x', name: 'A', saved: 'now', deck: { items: 3 } }] });
    const s = memoryStorage({ [DECKS_KEY]: broken, [DRAFT_KEY]: '{"v":1,"data":' });
    expect(loadDecks(s)).toEqual([]);
    expect(loadDraft(s)).toBeNull();
    await Promise.resolve();
    expect(storeIssues.get().map((i) => [i.key, i.kind])).toEqual([
      [DECKS_KEY, 'corrupt'],
      [DRAFT_KEY, 'corrupt'],
    ]);
    const aside = keys(s).find((k) => k.startsWith(`${DECKS_KEY}:set-aside:`)) ?? '';
    expect(s.getItem(aside)).toBe(broken);
    const newer = memoryStorage({ [DECKS_KEY]: JSON.stringify({ v: 2, data: [] }) });
    expect(loadDecks(newer)).toEqual([]);
    expect(keys(newer).some((k) => k.startsWith(`${DECKS_KEY}:set-aside:`))).toBe(true);
  });

  it('opens with the deck being built, or an empty one', () => {
    const s = memoryStorage();
    expect(beginDraft(null, 'Untitled', s).draft).toEqual({ deck: emptyDeck(), savedId: null });
    storeDraft({ deck, savedId: null }, s);
    expect(beginDraft(null, 'Untitled', s)).toEqual({
      draft: { deck, savedId: null },
      keptAs: null,
      previous: null,
    });
  });

  it('starting anew keeps the deck being built in the saved list, unless it is saved as it is', () => {
    const s = memoryStorage();
    const wip = { ...emptyDeck(), closing: 'Thanks' };
    storeDraft({ deck: wip, savedId: null }, s);
    const started = beginDraft(deck, 'Untitled deck', s);
    expect(started.draft).toEqual({ deck, savedId: null });
    expect(started.keptAs).toMatchObject({ name: 'Untitled deck', deck: wip });
    expect(loadDecks(s).map((d) => d.deck)).toEqual([wip]);
    expect(loadDraft(s)).toEqual({ deck, savedId: null });

    // Already saved as it is: not saved twice. The same deck again: nothing to keep.
    const { decks, saved } = saveDeck(loadDecks(s), deck, null, 'Two events');
    storeDecks(decks, s);
    storeDraft({ deck, savedId: saved.id }, s);
    expect(beginDraft(wip, 'Untitled deck', s).keptAs).toBeNull();
    expect(beginDraft(wip, 'Untitled deck', s).keptAs).toBeNull();
    expect(loadDecks(s)).toHaveLength(2);
  });

  it('offers the deck being built back when the browser will not keep it', () => {
    const wip = { ...emptyDeck(), title: 'Mine' };
    const draft = JSON.stringify({ v: 1, data: { deck: wip, savedId: null } });
    const s = memoryStorage({ [DRAFT_KEY]: draft }, draft.length + 10);
    const started = beginDraft(deck, 'Untitled deck', s);
    expect(started.keptAs).toBeNull();
    expect(started.previous).toEqual({ deck: wip, savedId: null });
  });
});
