import { describe, expect, it } from 'vitest';
import type { PolicyEvent } from '@/data/events/contract';
import {
  DAY,
  extentOf,
  labelledTicks,
  layoutLane,
  reveal,
  ticks,
  zoom,
  MIN_SPAN,
} from '@/features/events/lib/axis';

const ev = (id: string, start: string, end?: string): PolicyEvent => ({
  id,
  date: end ? { precision: 'day', start, end } : { precision: 'day', start },
  title: { en: id, es: id },
  summary: { en: id, es: id },
  category: 'report',
  actors: [],
  jurisdiction: 'us',
  storyline: null,
  stage: null,
  sources: ['s'],
  relatedEvents: [],
  relatedMetrics: [],
  verification: 'confirmed',
  notes: [],
  added: '2026-11-21',
  updated: '2026-11-21',
});

const view = { start: Date.UTC(2020, 0, 1), end: Date.UTC(2021, 0, 1) };

describe('layoutLane', () => {
  it('clusters markers that would overlap and keeps distant ones apart', () => {
    const items = layoutLane(
      [ev('a', '2020-03-01'), ev('b', '2020-03-02'), ev('c', '2020-09-01')],
      view,
      1000,
      null,
    );
    expect(
      items.map((i) => (i.kind === 'cluster' ? `cluster:${String(i.events.length)}` : i.event.id)),
    ).toEqual(['cluster:2', 'c']);
  });
  it('never hides the selected event inside a cluster', () => {
    const items = layoutLane([ev('a', '2020-03-01'), ev('b', '2020-03-02')], view, 1000, 'b');
    expect(items.map((i) => (i.kind === 'event' ? i.event.id : 'cluster'))).toEqual(['a', 'b']);
  });
  it('draws periods with their length and skips what is out of view', () => {
    const items = layoutLane(
      [ev('p', '2020-01-01', '2020-07-01'), ev('old', '2010-01-01')],
      view,
      1000,
      null,
    );
    expect(items).toHaveLength(1);
    const [p] = items;
    expect(p && p.x2 - p.x).toBeGreaterThan(400);
  });
});

describe('zoom and ticks', () => {
  it('zooms around a point and stops at two weeks', () => {
    let v = view;
    for (let i = 0; i < 20; i++) v = zoom(v, 0.5);
    expect(v.end - v.start).toBe(MIN_SPAN);
  });
  it('chooses years, months or days by how much is visible', () => {
    expect(ticks({ start: Date.UTC(2000, 0, 1), end: Date.UTC(2026, 0, 1) }, 1000)[0]?.unit).toMatch(
      /year|decade/,
    );
    expect(ticks(view, 1000)[0]?.unit).toBe('month');
    expect(ticks({ start: view.start, end: view.start + 20 * DAY }, 1000)[0]?.unit).toBe('day');
  });
  it('reveals a time outside the view by panning, keeping the span', () => {
    const next = reveal(view, Date.UTC(2022, 0, 1));
    expect(next.end - next.start).toBe(view.end - view.start);
    expect(next.end).toBeGreaterThan(Date.UTC(2022, 0, 1));
  });
  it('includes today in the extent so the today marker is visible', () => {
    const now = Date.UTC(2026, 10, 21);
    expect(extentOf([ev('a', '2010-01-01')], now).end).toBeGreaterThan(now);
  });
});

describe('labelledTicks', () => {
  it('labels ticks in the reader’s language: years when zoomed out, months when zoomed in', () => {
    const years = labelledTicks({ start: Date.UTC(2010, 0, 1), end: Date.UTC(2020, 0, 1) }, 800, 'en');
    expect(years[0]).toEqual({ t: Date.UTC(2010, 0, 1), label: '2010' });
    const months = labelledTicks({ start: Date.UTC(2022, 0, 1), end: Date.UTC(2022, 6, 1) }, 900, 'es');
    expect(months.map((m) => m.label)).toContain('mar 2022');
  });
});
