import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePresentSearch, safeBack } from '@/app/present-search';

describe('presentation URL state', () => {
  it('reads deck, slide, notes and the timeline filters', () => {
    const state = parsePresentSearch(
      new URLSearchParams('deck=iron-river-in-ten-events&slide=3&notes=1&storyline=bsca'),
    );
    expect(state).toMatchObject({ deck: 'iron-river-in-ten-events', slide: 3, notes: true });
    expect(state.search.storyline).toEqual(['bsca']);
  });

  it('never throws and always yields a usable state for arbitrary query strings (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (raw) => {
        const state = parsePresentSearch(new URLSearchParams(raw));
        expect(Number.isInteger(state.slide) && state.slide >= 1 && state.slide <= 10_000).toBe(true);
        expect(state.deck === null || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(state.deck)).toBe(true);
        expect(typeof state.notes).toBe('boolean');
      }),
    );
    for (const raw of ['slide=-4', 'slide=NaN', 'slide=1e309', 'slide=2.9', 'deck=../x', 'deck=%3Cb%3E'])
      expect(() => parsePresentSearch(new URLSearchParams(raw))).not.toThrow();
    expect(parsePresentSearch(new URLSearchParams('slide=1e309')).slide).toBe(1);
    expect(parsePresentSearch(new URLSearchParams('slide=2.9')).slide).toBe(2);
  });
});

describe('where Esc returns', () => {
  it('is a path of this site, with its query, or nothing', () => {
    expect(safeBack('/metrics/bsca-prosecutions?tab=table')).toBe('/metrics/bsca-prosecutions?tab=table');
    expect(safeBack('/es/storylines/bsca')).toBe('/es/storylines/bsca');
    for (const bad of [
      '//evil.example/x',
      'https://evil.example',
      'javascript:alert(1)',
      '/\\evil',
      'metrics',
      '/a b',
      null,
    ])
      expect(safeBack(bad)).toBeNull();
    expect(parsePresentSearch(new URLSearchParams('deck=d&back=%2Fmetrics%2Fx')).back).toBe('/metrics/x');
  });
});
