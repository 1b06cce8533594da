import { describe, expect, it } from 'vitest';
import { positionOn, stackRows, yearScale } from './mini-timeline';

describe('the storyline’s small timeline', () => {
  it('has a tick on 1 January of every year, empty years included', () => {
    const scale = yearScale('2021-08-04', '2024-01-22');
    expect(scale.ticks.map((t) => t.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(scale.ticks.every((t) => new Date(t.t).toISOString().endsWith('-01-01T00:00:00.000Z'))).toBe(true);
    expect(scale.ticks.every((t) => t.label)).toBe(true);
    // The first year's tick is at its 1 January, not at the first event.
    expect(positionOn(scale, '2021-01-01')).toBe(0);
    expect(positionOn(scale, '2021-08-04')).toBeGreaterThan(0.1);
  });

  it('labels fewer years when there are many, keeping every tick', () => {
    const scale = yearScale('2006-03-01', '2026-04-01');
    expect(scale.ticks).toHaveLength(22);
    const labelled = scale.ticks.filter((t) => t.label).map((t) => t.year);
    expect(labelled.length).toBeLessThanOrEqual(8);
    expect(labelled[0]).toBe(2006);
  });

  it('stacks marks that would crowd each other, so each keeps a target of its own', () => {
    // Three events within days of each other, one far away, then one close to it.
    expect(stackRows([0.1, 0.11, 0.12, 0.5, 0.52], 0.07)).toEqual([0, 1, 2, 0, 1]);
    // A row is reused as soon as the gap allows.
    expect(stackRows([0.1, 0.12, 0.18, 0.2], 0.07)).toEqual([0, 1, 0, 1]);
    expect(stackRows([])).toEqual([]);
  });
});
