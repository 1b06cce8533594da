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
    expect(cutAtWord('McDougal, Shirk, Muggah y Patterson, Journal', 26)).toBe('McDougal, Shirk, Muggah…');
    expect(cutAtWord('Gobierno de México (según la GAO)', 21)).toBe('Gobierno de México…');
  });

  it('never ends on an article, a preposition or a conjunction, in either language', () => {
    expect(cutAtWord('Treasury sanctions a Sinaloa Cartel network', 22)).toBe('Treasury sanctions…');
    expect(cutAtWord('El Tesoro sanciona a una red del Cártel de Sinaloa', 28)).toBe('El Tesoro sanciona…');
    expect(cutAtWord('Report of the Inspector General', 15)).toBe('Report…');
    // One word that is all there is stays.
    expect(cutAtWord('The extraordinarily long', 8)).toBe('The…');
  });

  it('stays within the limit, the mark included', () => {
    for (const max of [8, 15, 30])
      expect(cutAtWord('Representantes Castro, Goldman y Thompson', max).length).toBeLessThanOrEqual(max);
  });

  it('cuts a single over-long word where it must', () => {
    expect(cutAtWord('Interinstitucional', 8)).toBe('Interin…');
  });
});
