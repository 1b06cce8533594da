import { describe, expect, it } from 'vitest';
import { BADGE_GAP, niceTicks, nestSpans, placeBadges } from './types';

describe('a value axis’s ticks', () => {
  it('are evenly spaced round numbers from zero, reaching the largest value', () => {
    // The CBP panel's figures top out near 1,450: once 0, 400, 800, 1,200, 1,500.
    expect(niceTicks(1450)).toEqual([0, 500, 1000, 1500]);
    expect(niceTicks(1100)).toEqual([0, 250, 500, 750, 1000, 1250]);
    expect(niceTicks(120_000)).toEqual([0, 25_000, 50_000, 75_000, 100_000, 125_000]);
    expect(niceTicks(0.84)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });
  it('never has an uneven last step', () => {
    for (const v of [7, 13, 99, 101, 1234, 9876, 55_555, 2.5e10]) {
      const ticks = niceTicks(v);
      const steps = ticks.slice(1).map((t, i) => t - (ticks[i] ?? 0));
      expect(new Set(steps.map((x) => x.toPrecision(6))).size, String(v)).toBe(1);
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(v);
      expect(ticks.length).toBeGreaterThanOrEqual(3);
      expect(ticks.length).toBeLessThanOrEqual(7);
    }
  });
});

describe('figures over overlapping periods', () => {
  const point = (id: string, start: number, end: number, value: number | null) => ({
    id,
    series: 's',
    start,
    end,
    mid: (start + end) / 2,
    value,
    low: value === null ? 60 : null,
    high: value === null ? 80 : null,
    disputed: false,
  });
  it('draws a bar about as high as a longer one over the same years thin, on top of it, and leaves the rest', () => {
    const long = point('long', 2009, 2019, 70);
    const short = point('short', 2019 - 1, 2020, 70.5);
    const apart = point('apart', 2012, 2014, 85);
    const later = point('later', 2021, 2022, 70);
    const box = point('box', 2010, 2011, null);
    const out = nestSpans([short, apart, long, later, box], 100);
    expect(out.map((p) => p.id)).toEqual(['long', 'apart', 'short', 'box', 'later']);
    expect(out.filter((p) => p.nested).map((p) => p.id)).toEqual(['short']);
    // Every figure is kept, at its own value.
    expect(out.find((p) => p.id === 'short')?.value).toBe(70.5);
  });
});

describe('numbered event badges', () => {
  it('sit over their marks in up to three rows, and where more fall close, move right without overlapping', () => {
    const at = [100, 102, 104, 106, 108, 110, 300];
    const placed = placeBadges(at);
    expect(placed.slice(0, 3)).toEqual([
      { x: 100, row: 0 },
      { x: 102, row: 1 },
      { x: 104, row: 2 },
    ]);
    // The fourth to sixth move right of the badge before them in their row.
    for (const [i, p] of placed.entries()) {
      const others = placed.filter((q, j) => j !== i && q.row === p.row);
      expect(others.every((q) => Math.abs(q.x - p.x) >= BADGE_GAP)).toBe(true);
      expect(p.x).toBeGreaterThanOrEqual(at[i] ?? 0);
    }
    // One far away stays over its mark.
    expect(placed.at(-1)).toEqual({ x: 300, row: 0 });
  });
});
