import { describe, expect, it } from 'vitest';
import { deckOfEvents } from './built-deck';
import { DECK_FILE_FORMAT, deckFileName, readDeckFile, toDeckFile } from './deck-file';

const deck = {
  ...deckOfEvents(['bsca-signed'], { title: 'Ley: “Safer Communities”', notes: { 'bsca-signed': 'Pause.' } }),
  closing: 'Gracias',
};

describe('a deck as a file', () => {
  it('exports a named, versioned file that imports back to the same deck', () => {
    const text = toDeckFile(deck);
    expect(JSON.parse(text)).toMatchObject({ format: DECK_FILE_FORMAT, version: 1 });
    expect(readDeckFile(text)).toEqual({ deck });
    expect(deckFileName(deck)).toBe('iron-river-deck-ley-safer-communities.json');
    expect(deckFileName({ ...deck, title: '' })).toBe('iron-river-deck.json');
  });

  it('refuses what is not a deck file, naming what is wrong', () => {
    expect(readDeckFile('{oops')).toEqual({ error: 'not-json' });
    expect(readDeckFile('[]')).toEqual({ error: 'not-a-deck' });
    expect(readDeckFile(JSON.stringify({ format: 'iron-river-tracker/saved-views', views: [] }))).toEqual({
      error: 'not-a-deck',
    });
    expect(readDeckFile(JSON.stringify({ format: DECK_FILE_FORMAT, version: 2, deck }))).toEqual({
      error: 'newer',
    });
    const file = JSON.parse(toDeckFile(deck)) as { deck: { items: { id: string }[]; title: unknown } };
    file.deck.items.push({ id: 'Bad Id' });
    expect(readDeckFile(JSON.stringify(file))).toEqual({
      error: 'invalid',
      problem: { where: 'deck.items[1].kind', what: 'value', detail: 'event, panel' },
    });
    file.deck.items.pop();
    file.deck.title = 7;
    expect(readDeckFile(JSON.stringify(file))).toEqual({
      error: 'invalid',
      problem: { where: 'deck.title', what: 'type', detail: 'string' },
    });
    expect(readDeckFile(JSON.stringify({ format: DECK_FILE_FORMAT, version: 1 }))).toMatchObject({
      error: 'invalid',
      problem: { where: 'deck', what: 'type' },
    });
  });
});
