import { describe, expect, it } from 'vitest';
import { clip, containsPhrase, excerptAround, htmlToText, normalize, slugify } from './text';

describe('the monitor’s text helpers', () => {
  it('compare English and Spanish alike: no case, accents or punctuation; whole words', () => {
    expect(normalize('Tráfico ILÍCITO de armas—(México)')).toBe('trafico ilicito de armas mexico');
    expect(containsPhrase('…el TRAFICO de armas hacia México', 'tráfico de armas')).toBe(true);
    expect(containsPhrase('cartels', 'cartel')).toBe(false);
  });

  it('read an HTML body as text, with its character references decoded', () => {
    expect(
      htmlToText('<p>Fixture:&nbsp;la cooperaci&oacute;n &amp; el tr&aacute;fico</p><p>&#8220;A&#x201D;</p>'),
    ).toBe('Fixture: la cooperación & el tráfico “A”');
  });

  it('take the excerpt around the words that matched, cut at words', () => {
    const text = `${'Preámbulo largo. '.repeat(40)}Se reforma la Ley Federal de Armas de Fuego y Explosivos para sancionar el tráfico. ${'Fin. '.repeat(60)}`;
    const excerpt = excerptAround(text, ['ley federal de armas de fuego'], 200);
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt).toContain('Ley Federal de Armas de Fuego y Explosivos');
    expect(excerpt.length).toBeLessThanOrEqual(202);
    expect(clip('one two three four five', 15)).toBe('one two three…');
  });

  it('make ids in the content’s format', () => {
    expect(slugify('2026-11-30 ABC_1234')).toBe('2026-11-30-abc-1234');
  });
});
