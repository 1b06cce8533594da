import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deckOfEvents, emptyDeck, LIMITS, type DeckDraft } from './built-deck';
import { decodeDeck, describeSkipped, encodeDeck, LINK_LIMIT } from './deck-link';

const deck: DeckDraft = {
  title: 'El río de hierro: 2009–2025',
  subtitle: 'Ten moments, with “quotes” & emoji 🚢',
  titleNote: 'Welcome the room.\nSecond line.',
  items: [
    { kind: 'event', id: 'gao-09-709-report', note: 'Start with the GAO.' },
    { kind: 'panel', id: 'us-origin-share', note: '' },
    { kind: 'event', id: 'bsca-signed', note: 'Pause: questions?' },
  ],
  closing: 'Gracias.',
  closingNote: 'Point to the QR code.',
};
/** A link to `/present` with this `d` value, as the builder shows it. */
const link = (d: string) => `https://tracker.example/es/present?d=${d}`;
const toBase64Url = (text: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

describe('a built deck’s link', () => {
  it('reproduces the deck exactly, words and order, in URL-safe characters', async () => {
    const d = await encodeDeck(deck);
    expect(d).toMatch(/^[zj][A-Za-z0-9_-]+$/);
    expect(await decodeDeck(d)).toEqual({ deck });
    expect(await decodeDeck(await encodeDeck(emptyDeck()))).toEqual({ deck: emptyDeck() });
  });

  it('is compressed when that is shorter, and still reads the uncompressed form', async () => {
    const long = deckOfEvents(Array.from({ length: 30 }, (_, i) => `storyline-event-number-${String(i)}`));
    const d = await encodeDeck(long);
    expect(d.startsWith('z')).toBe(true);
    const plain = `j${toBase64Url(
      JSON.stringify([
        1,
        '',
        '',
        '',
        '',
        '',
        [
          ['e', 'a'],
          ['p', 'b', 'n'],
        ],
      ]),
    )}`;
    expect(await decodeDeck(plain)).toEqual({
      deck: {
        ...emptyDeck(),
        items: [
          { kind: 'event', id: 'a', note: '' },
          { kind: 'panel', id: 'b', note: 'n' },
        ],
      },
    });
    expect(d.length).toBeLessThan(plain.length * 4);
  });

  it('stays under the stated limit for a deck of ten events with short notes, and not with long ones', async () => {
    expect(LINK_LIMIT).toBe(2000);
    const ten = deckOfEvents(
      Array.from({ length: 10 }, (_, i) => `a-policy-event-with-a-long-id-${String(i)}`),
      { title: 'The iron river in ten events', notes: { 'a-policy-event-with-a-long-id-1': 'Pause here.' } },
    );
    expect(link(await encodeDeck(ten)).length).toBeLessThanOrEqual(LINK_LIMIT);
    // Notes are the presenter's own words and travel whole: long ones make a link too long to share.
    let seed = 7;
    const letter = () => {
      seed = (seed * 48271) % 2147483647;
      return 'abcdefghijklmnopqrstuvwxyzáéíóñ ,.'[seed % 34] ?? ' ';
    };
    const note = () => Array.from({ length: 300 }, letter).join('').slice(0, LIMITS.note);
    const wordy = { ...ten, items: ten.items.map((item) => ({ ...item, note: note() })) };
    const d = await encodeDeck(wordy);
    expect(link(d).length).toBeGreaterThan(LINK_LIMIT);
    expect(await decodeDeck(d)).toEqual({ deck: wordy });
  });

  it('says why a value cannot be read, whatever it is, and never throws', async () => {
    const d = await encodeDeck(deckOfEvents(Array.from({ length: 30 }, (_, i) => `event-${String(i)}`)));
    expect(await decodeDeck('')).toEqual({ error: 'not-a-deck' });
    expect(await decodeDeck('x123')).toEqual({ error: 'not-a-deck' });
    expect(await decodeDeck('j<script>')).toEqual({ error: 'not-a-deck' });
    expect(await decodeDeck(d.slice(0, Math.floor(d.length / 2)))).toEqual({ error: 'damaged' });
    expect(await decodeDeck('zAAAAAAAAAAA')).toEqual({ error: 'damaged' });
    expect(await decodeDeck(`j${toBase64Url('{"not":"json"')}`)).toEqual({ error: 'damaged' });
    expect(await decodeDeck(`j${toBase64Url('{"a":1}')}`)).toEqual({ error: 'not-a-deck' });
    expect(await decodeDeck(`j${toBase64Url('[2,"","","","","",[]]')}`)).toEqual({ error: 'newer' });
    expect(await decodeDeck(`j${toBase64Url('[1,"","","","","",[["e","../etc"]]]')}`)).toEqual({
      error: 'invalid',
      problem: { where: 'items[0].id', what: 'format', detail: '' },
    });
    expect(await decodeDeck(`j${toBase64Url('[1,"","","","","",[["e","a"],["e","a"]]]')}`)).toMatchObject({
      error: 'invalid',
      problem: { what: 'twice' },
    });
    expect(await decodeDeck(`j${'A'.repeat(30_000)}`)).toEqual({ error: 'too-long' });
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (raw) => {
        const result = await decodeDeck(raw);
        expect('deck' in result || typeof result.error === 'string').toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a small value that would inflate past any deck’s size', async () => {
    const stream = new Blob([new Uint8Array(5_000_000)])
      .stream()
      .pipeThrough(new CompressionStream('deflate-raw'));
    const bomb = new Uint8Array(await new Response(stream).arrayBuffer());
    const d = `z${btoa(String.fromCharCode(...bomb))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '')}`;
    expect(d.length).toBeLessThan(20_000);
    expect(await decodeDeck(d)).toEqual({ error: 'too-long' });
  });

  it('names the slides a dataset does not have', () => {
    expect(
      describeSkipped(
        [
          { kind: 'event', id: 'gone', note: '' },
          { kind: 'panel', id: 'old-panel', note: '' },
        ],
        { event: 'event', panel: 'panel' },
      ),
    ).toBe('event “gone”, panel “old-panel”');
  });
});
