import { describe, expect, it } from 'vitest';
import { cutAtWord } from './words';

describe('cutAtWord', () => {
  it('keeps a text that fits, whole', () => {
    expect(cutAtWord('Proyecto Thor', 13)).toBe('Proyecto Thor');
  });

  it('cuts after a whole word, never inside one, and drops a dangling comma or bracket', () => {
    expect(cutAtWord('Proyecto Thor (proyecto interinstitucional de la ATF)', 40)).toBe(
      'Proyecto Thor (proyecto…',
    );
    expect(cutAtWord('McDougal, Shirk, Muggah y Patterson, Journal', 26)).toBe('McDougal, Shirk, Muggah y…');
    expect(cutAtWord('Gobierno de México (según la GAO)', 21)).toBe('Gobierno de México…');
  });

  it('stays within the limit, the mark included', () => {
    for (const max of [8, 15, 30])
      expect(cutAtWord('Representantes Castro, Goldman y Thompson', max).length).toBeLessThanOrEqual(max);
  });

  it('cuts a single over-long word where it must', () => {
    expect(cutAtWord('Interinstitucional', 8)).toBe('Interin…');
  });
});
