import { describe, expect, it } from 'vitest';
import { formatInUnit, formatTick as tick } from './format-observation';

// Intl separates words with no-break spaces; compared as plain ones.
const plain = (text: string) => text.replace(/\s/g, ' ');
const formatTick = (...args: Parameters<typeof tick>) => plain(tick(...args));

describe('a value on a small chart’s axis', () => {
  it('writes large dollar sums short enough for the label column, in both languages', () => {
    expect(plain(formatInUnit(10e9, 'usd', 'es'))).toBe('10 mil millones de dólares');
    expect(formatTick(10e9, 'usd', 'es')).toBe('10 mil M');
    expect(formatTick(10e9, 'usd', 'en')).toBe('$10B');
    expect(formatTick(2.5e6, 'usd', 'en')).toBe('$2.5M');
    // A cut: the sign before the dollar sign.
    expect(formatTick(-40e6, 'usd', 'en')).toBe('-$40M');
    for (const lang of ['en', 'es'] as const)
      expect(formatTick(15e9, 'usd', lang).length).toBeLessThanOrEqual(9);
  });
  it('leaves everything else as the figure is written', () => {
    expect(formatTick(500_000, 'usd', 'en')).toBe(plain(formatInUnit(500_000, 'usd', 'en')));
    expect(formatTick(120_000, 'firearms', 'es')).toBe(plain(formatInUnit(120_000, 'firearms', 'es')));
    expect(formatTick(70, 'percent', 'en')).toBe(plain(formatInUnit(70, 'percent', 'en')));
  });
});
