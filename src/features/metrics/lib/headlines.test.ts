import { describe, expect, it } from 'vitest';
import type { Metric, Observation } from '@/data/metrics/contract';
import { estimateSpread, latestWithDisputes } from '@/features/metrics/lib/headlines';
import { formatObservation } from '@/features/metrics/lib/format-observation';
import { en } from '@/lib/i18n/messages/en';
import { es } from '@/lib/i18n/messages/es';

const o = (id: string, patch: Partial<Observation>): Observation => ({
  id,
  series: 'a',
  period: { start: '2020', end: '2020' },
  estimator: { en: id, es: id },
  sources: ['s'],
  verification: 'confirmed',
  ...patch,
});
const metric = (observations: Observation[]): Metric => ({
  id: 'm',
  title: { en: 'M', es: 'M' },
  description: { en: 'M', es: 'M' },
  unit: 'firearms-per-year',
  timeBased: false,
  caveats: [],
  defaultEventStorylines: [],
  updated: '2026-11-21',
  observations,
});

describe('estimateSpread', () => {
  it('takes the lowest low end and the highest high end, ignoring statistical intervals', () => {
    const spread = estimateSpread(
      metric([
        o('journal', {
          value: 212_887,
          interval: { low: 89_816, high: 359_205, label: { en: '95%', es: '95 %' } },
        }),
        o('mexico', { value: 200_000 }),
        o('thor', { low: 250_000, high: 1_000_000 }),
      ]),
    );
    expect(spread?.low).toMatchObject({ value: 200_000, observation: { id: 'mexico' } });
    expect(spread?.high).toMatchObject({ value: 1_000_000, observation: { id: 'thor' } });
    expect(spread?.count).toBe(3);
  });
  it('returns null when there is nothing to compare', () => {
    expect(estimateSpread(metric([]))).toBeNull();
  });
});

describe('latestWithDisputes', () => {
  it('returns the latest figure with every figure disputing it, never just one', () => {
    const m = metric([
      o('old', { period: { start: '2019', end: '2019' }, value: 1 }),
      o('a', { period: { start: '2022-10-01', end: '2023-03-31' }, value: 1720, disputeGroup: 'h1' }),
      o('b', { period: { start: '2022-10-01', end: '2023-03-31' }, value: 2000, disputeGroup: 'h1' }),
    ]);
    expect(latestWithDisputes(m, 'a').map((x) => x.id)).toEqual(['a', 'b']);
  });
});

describe('formatObservation', () => {
  it('keeps ranges and qualifiers', () => {
    const m = metric([]);
    expect(formatObservation(o('r', { low: 250_000, high: 1_000_000 }), m.unit, 'en', en)).toBe(
      '250,000 to 1,000,000',
    );
    expect(formatObservation(o('q', { value: 2000, qualifier: 'nearly' }), m.unit, 'es', es)).toBe(
      'casi 2,000',
    );
    expect(formatObservation(o('p', { high: 85, qualifier: 'up-to' }), 'percent', 'en', en)).toBe(
      'up to 85%',
    );
  });
});
