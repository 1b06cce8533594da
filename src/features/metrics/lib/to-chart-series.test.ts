import { describe, expect, it } from 'vitest';
import { fixture } from '../../../../tests/fixtures/dataset';
import type { Metric } from '@/data/metrics/contract';
import {
  eventMarkers,
  markersInView,
  needsLogScale,
  scaleGroups,
  seriesOf,
  toIntervals,
  toTimeSpans,
} from '@/features/metrics/lib/to-chart-series';
import { metricToCsv } from '@/features/metrics/lib/to-csv';
import { parsePanelSearch, serializePanelSearch } from '@/features/metrics/search-params';

const metrics = fixture('metrics').items;
const metric = (id: string) => metrics.find((m) => m.id === id) as Metric;

describe('toTimeSpans', () => {
  it('places each figure over its own period and keeps disputed figures separate', () => {
    const spans = toTimeSpans(metric('seizures'));
    const h1 = spans.filter((s) => s.disputeGroup === 'h1-fy2023');
    expect(h1.map((s) => s.value)).toEqual([1720, 2000]);
    expect(new Date(h1[0]?.start ?? 0).toISOString().slice(0, 10)).toBe('2022-10-01');
    expect(new Date(h1[0]?.end ?? 0).toISOString().slice(0, 10)).toBe('2023-03-31');
  });
});

describe('toIntervals', () => {
  it('keeps ranges intact and orders estimates by when they were published', () => {
    const intervals = toIntervals(metric('trafficking-estimates'));
    const thor = intervals.find((d) => d.id === 'project-thor');
    expect(thor?.range).toEqual([250000, 1000000]);
    expect(thor?.isRange).toBe(true);
    const published = intervals.map((d) => d.observation.published ?? d.observation.period.end);
    expect([...published].sort()).toEqual(published);
    expect(intervals.find((d) => d.id === 'usd-igarape-journal')?.value).toBe(212887);
  });
  it('draws a 95% range around a central figure as an interval, not as the estimator’s own range', () => {
    const intervals = toIntervals(metric('trafficking-estimates'));
    const journal = intervals.find((d) => d.id === 'usd-igarape-journal');
    expect(journal?.range).toEqual([89816, 359205]);
    expect(journal?.kind).toBe('interval');
    expect(intervals.find((d) => d.id === 'project-thor')?.kind).toBe('range');
    expect(intervals.find((d) => d.id === 'cesop-2014')?.kind).toBe('single');
  });
});

describe('needsLogScale', () => {
  it('uses a logarithmic scale for the money figures, twenty times apart, and not for the estimates', () => {
    expect(needsLogScale(toIntervals(metric('money')))).toBe(true);
    expect(needsLogScale(toIntervals(metric('trafficking-estimates')))).toBe(false);
  });
});

describe('scaleGroups', () => {
  it('puts U.S. and Mexican seizures on separate scales, their peaks being over ten times apart', () => {
    const m = metric('seizures');
    expect(scaleGroups(toTimeSpans(m), seriesOf(m))).toEqual([['us'], ['mexico']]);
  });
  it('keeps series of similar size on one scale, in the metric’s order', () => {
    for (const id of ['us-origin-share', 'atf-mexico-traces']) {
      const m = metric(id);
      expect(scaleGroups(toTimeSpans(m), seriesOf(m))).toEqual([seriesOf(m)]);
    }
  });
  it('uses ranges when a figure has no single value', () => {
    const span = (series: string, value: number | null, high: number | null) => ({
      id: series,
      series,
      start: 0,
      end: 1,
      mid: 0.5,
      value,
      low: null,
      high,
      verification: 'confirmed' as const,
      disputeGroup: null,
      disputed: false,
    });
    expect(scaleGroups([span('a', 5, null), span('b', null, 1000)], ['a', 'b'])).toEqual([['a'], ['b']]);
    expect(scaleGroups([span('a', 500, null), span('b', null, 1000)], ['a', 'b'])).toEqual([['a', 'b']]);
  });
});

describe('eventMarkers', () => {
  it('marks only events of the chosen storylines inside the domain, periods as spans', () => {
    const events = [
      { id: 'a', storyline: 'bsca', date: { start: '2022-06-25', precision: 'day' } },
      {
        id: 'b',
        storyline: 'project-thor',
        date: { start: '2021-10-01', end: '2022-09-30', precision: 'fiscal-year' },
      },
      { id: 'c', storyline: 'bsca', date: { start: '1990-01-01', precision: 'day' } },
    ];
    const domain = [Date.UTC(2020, 0, 1), Date.UTC(2026, 0, 1)] as const;
    expect(eventMarkers(events, ['bsca'], domain).map((m) => m.id)).toEqual(['a']);
    const [thor] = eventMarkers(events, ['project-thor'], domain);
    expect(thor?.isSpan).toBe(true);
  });
  it('always marks the selected event, whatever its storyline, if it is in the domain', () => {
    const events = [
      { id: 'a', storyline: null, date: { start: '2022-06-25', precision: 'day' } },
      { id: 'c', storyline: 'bsca', date: { start: '1990-01-01', precision: 'day' } },
    ];
    const domain = [Date.UTC(2020, 0, 1), Date.UTC(2026, 0, 1)] as const;
    expect(eventMarkers(events, [], domain, 'a').map((m) => m.id)).toEqual(['a']);
    expect(eventMarkers(events, ['bsca'], domain, 'c')).toEqual([]);
  });
});

describe('markersInView', () => {
  const mk = (id: string, start: number) => ({ id, storyline: 's', start, end: start, isSpan: false });
  it('keeps markers in view in time order, with the selection', () => {
    const result = markersInView(
      [mk('b', 5), mk('a', 2), mk('out', 50)],
      [mk('sel', 3)],
      { start: 0, end: 10 },
      40,
    );
    expect(result.shown.map((m) => m.id)).toEqual(['a', 'sel', 'b']);
    expect(result).toMatchObject({ inView: 3, crowded: false });
  });
  it('past the limit draws only the selection and says how many there were', () => {
    const many = Array.from({ length: 45 }, (_, i) => mk(`e${String(i)}`, i / 10));
    const result = markersInView(many, [mk('sel', 1)], { start: 0, end: 10 }, 40);
    expect(result.shown.map((m) => m.id)).toEqual(['sel']);
    expect(result).toMatchObject({ inView: 46, crowded: true });
  });
});

describe('metricToCsv', () => {
  it('has one row per figure with period, estimator and sources, and neutralises formulas', () => {
    const m = metric('seizures');
    const sources = new Map([
      [
        'cbsnews-mexican-drug-cartels-pay-americans-smuggle',
        { id: 'x', publisher: 'CBS News', title: '=HYPERLINK("x")', url: 'https://example.org' },
      ],
    ]);
    const csv = metricToCsv(m, 'en', sources, '2026.11.21');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe(
      'metric,series,value,low,high,qualifier,unit,period_start,period_end,period_label,estimator,published,verification,dispute_group,notes,sources,dataset_version',
    );
    expect(lines).toHaveLength(m.observations.length + 1);
    const h1 = lines.find((l) => l.includes('1720'));
    expect(h1).toContain('2022-10-01,2023-03-31');
    expect(h1).toContain('disputed,h1-fy2023');
    expect(h1).toContain('CBS News: =HYPERLINK(""x"") <https://example.org>');
  });
});

describe('panel URL state', () => {
  const known = new Set(['bsca', 'operation-southbound']);
  it('defaults to the chart with the metric’s own storylines and tolerates junk', () => {
    expect(parsePanelSearch(new URLSearchParams('tab=<x>&events=nope&highlight=../../'), known)).toEqual({
      tab: 'chart',
      events: [],
      highlight: null,
    });
    expect(parsePanelSearch(new URLSearchParams(''), known)).toEqual({
      tab: 'chart',
      events: null,
      highlight: null,
    });
  });
  it('round-trips and leaves defaults out', () => {
    const state = {
      tab: 'table' as const,
      events: ['operation-southbound', 'bsca'],
      highlight: 'bsca-signed',
    };
    const query = serializePanelSearch(state);
    expect(query).toBe('events=bsca%2Coperation-southbound&highlight=bsca-signed&tab=table');
    expect(parsePanelSearch(new URLSearchParams(query), known)).toEqual({
      ...state,
      events: ['bsca', 'operation-southbound'],
    });
    expect(serializePanelSearch({ tab: 'chart', events: null, highlight: null })).toBe('');
    expect(serializePanelSearch({ tab: 'chart', events: [], highlight: null })).toBe('events=none');
  });
});
