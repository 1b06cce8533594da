import { describe, expect, it } from 'vitest';
import type { PolicyEvent } from '@/data/events/contract';
import {
  clampView,
  covers,
  DAY,
  extentOf,
  fitLabel,
  bandLabel,
  clusterLeft,
  clusterRight,
  labelLane,
  representativeOf,
  labelledTicks,
  layoutLane,
  reveal,
  ticks,
  zoom,
  MIN_SPAN,
} from '@/features/events/lib/axis';
import { event } from '../../../../tests/fixtures/records';

const ev = (id: string, start: string, end?: string): PolicyEvent => event(id, start, end ? { end } : {});

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
  it('labels several years on a phone, every one or two years, on 1 January, never crowded', () => {
    // Six years on the 232 px plot of a 375 px screen.
    const six = { start: Date.UTC(2020, 6, 1), end: Date.UTC(2026, 6, 1) };
    const phone = ticks(six, 232);
    expect(phone.length).toBeGreaterThanOrEqual(3);
    const px = (t: number) => ((t - six.start) / (six.end - six.start)) * 232;
    for (const tick of phone) expect(new Date(tick.t).toISOString()).toMatch(/-01-01T00:00:00/);
    const gaps = phone.slice(1).map((tick, i) => px(tick.t) - px(phone[i]?.t ?? NaN));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(80 * 0.55);
    // Months keep the wider spacing their longer labels need.
    const months = ticks({ start: Date.UTC(2022, 0, 1), end: Date.UTC(2022, 6, 1) }, 232);
    expect(months.every((tick) => tick.unit === 'month')).toBe(true);
    expect(months.length).toBeLessThanOrEqual(3);
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

describe('labels beside marks', () => {
  const titled = (id: string, start: string, en: string): PolicyEvent => ({
    ...ev(id, start),
    title: { en, es: `${en} (es)` },
  });

  it('fit a title whole, or cut after a whole word, or not at all', () => {
    expect(fitLabel('Senate passes the bill', 30)).toBe('Senate passes the bill');
    expect(fitLabel('Bipartisan Safer Communities Act signed into law', 30)).toBe(
      'Bipartisan Safer Communities…',
    );
    // Never a word's stump ("Presidenc…"), never one word alone.
    expect(fitLabel('Presidencies of the United States', 10)).toBeNull();
    expect(fitLabel('Extraordinarily long-winded', 16)).toBeNull();
  });

  it('are left off marks beyond either edge, laid out only for a gesture to bring in', () => {
    const view = { start: Date.UTC(2022, 0, 1), end: Date.UTC(2023, 0, 1) };
    const events = [
      titled('early', '2021-11-15', 'Before the view'),
      titled('shown', '2022-06-01', 'In the view'),
      titled('late', '2023-02-01', 'After the view'),
    ];
    const items = layoutLane(events, view, 1000, null);
    expect(items).toHaveLength(3);
    expect([...labelLane(items, 1000, 'en').keys()]).toEqual(['shown']);
  });

  it('use the room before the next mark, and drop where there is none', () => {
    const view = { start: Date.UTC(2022, 0, 1), end: Date.UTC(2023, 0, 1) };
    const events = [
      titled('a', '2022-01-10', 'First event with a long title'),
      titled('b', '2022-02-01', 'Second event'),
      titled('c', '2022-09-01', 'Third event, far from the others'),
    ];
    const items = layoutLane(events, view, 1000, null);
    const labels = labelLane(items, 1000, 'en');
    const xs = items.map((i) => i.x);
    // "a" has about 60 px before "b": too little beside it, so it goes on the line above.
    expect(labels.get('a')).toMatchObject({ text: 'First event with a long title', line: 'above' });
    // "b" has the room up to "c": its whole title beside it, starting right of its mark.
    expect(labels.get('b')).toMatchObject({ text: 'Second event', line: 'mid' });
    expect(labels.get('b')?.x).toBeGreaterThan(xs[1] ?? 0);
    expect(labels.get('c')).toMatchObject({ text: 'Third event, far from the others', line: 'mid' });
    // Crowded marks fill the line above, then the one below; then there is no room left.
    const crowded = ['d', 'e', 'f', 'g'].map((id, i) =>
      titled(id, `2022-05-${String(10 + i * 2)}`, `Crowded event number ${id}`),
    );
    const crowdedLabels = labelLane(layoutLane(crowded, view, 1000, null, 4), 1000, 'en');
    expect([...crowdedLabels.values()].map((l) => l.line)).toEqual(['above', 'below', 'mid']);
    expect(crowdedLabels.has('f')).toBe(false);
    // In the reader's language.
    expect(labelLane(items, 1000, 'es').get('b')?.text).toBe('Second event (es)');
  });

  it('never start over the bar of an earlier period that runs past the mark', () => {
    const view = { start: Date.UTC(2022, 0, 1), end: Date.UTC(2023, 0, 1) };
    const period = {
      ...titled('p', '2022-01-05', 'A long period'),
      date: { precision: 'day' as const, start: '2022-01-05', end: '2022-06-30' },
    };
    const point = titled('q', '2022-02-01', 'A point inside the period');
    const items = layoutLane([period, point], view, 1000, null);
    const bar = items.find((i) => i.kind === 'event' && i.event.id === 'p');
    const label = labelLane(items, 1000, 'en').get('q');
    expect(label?.line).toBe('mid');
    expect(label?.x).toBeGreaterThan(bar?.x2 ?? Infinity);
  });

  it('never run under what covers the line above (the "Today" label): cut before it, or below', () => {
    const view = { start: Date.UTC(2022, 0, 1), end: Date.UTC(2023, 0, 1) };
    // Two marks a week apart: neither label fits beside, so both go off the line.
    const a = titled('a', '2022-03-01', 'Project Thor team receives an award');
    const b = titled('b', '2022-03-08', 'A second event close behind the first one');
    const items = layoutLane([a, b], view, 1000, null);
    const free = labelLane(items, 1000, 'en');
    expect(free.get('a')).toMatchObject({ line: 'above', text: a.title.en });
    const at = (free.get('a')?.x ?? 0) + 160;
    const covered = labelLane(items, 1000, 'en', { reserved: { from: at, to: at + 45 } });
    const above = covered.get('a');
    expect(above?.line).toBe('above');
    expect(above?.text).toMatch(/…$/);
    expect((above?.x ?? 0) + (above?.text.length ?? 0) * 6.6).toBeLessThan(at);
    // Where the covered stretch starts at the mark, the label takes the line below.
    const start = free.get('a')?.x ?? 0;
    const under = labelLane(items, 1000, 'en', { reserved: { from: start - 10, to: start + 45 } });
    expect(under.get('a')?.line).toBe('below');
    expect(under.get('a')?.text).toBe(a.title.en);
  });

  it('label a cluster with its most important event', () => {
    const context = { ...titled('ctx', '2022-06-01', 'Background report'), context: true };
    const stage = { ...titled('stage', '2022-06-02', 'Bill signed'), storyline: 'bsca', stage: 'enacted' };
    expect(representativeOf([context, stage])?.id).toBe('stage');
    const view = { start: Date.UTC(2020, 0, 1), end: Date.UTC(2026, 0, 1) };
    const items = layoutLane([context, stage], view, 1000, null);
    expect(items).toHaveLength(1);
    expect(labelLane(items, 1000, 'en').get('ctx')?.text).toBe('Bill signed');
    // Its label starts after the badge (26 px from x − 4, wider for more digits), never under it.
    const cluster = items[0];
    const label = labelLane(items, 1000, 'en').get('ctx');
    expect(label?.x).toBeGreaterThanOrEqual((cluster?.x ?? 0) - 4 + 26);
    expect(clusterRight(128)).toBeGreaterThan(clusterRight(2));
  });

  it('choose while laying out the same event representativeOf would, at every zoom', () => {
    // Confirmed or not, with or without identifiers, context or a stage: mixed importance, and ties.
    const lane = Array.from({ length: 60 }, (_, i) => {
      const day = `2022-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
      return {
        ...titled(`e${String(i)}`, day, `Event ${String(i)}`),
        context: i % 3 === 0,
        verification: i % 4 === 0 ? ('confirmed' as const) : ('single-source' as const),
        identifiers: i % 5 === 0 ? [{ kind: 'bill' as const, number: String(i) }] : [],
      };
    }).sort((a, b) => (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : 0));
    for (const width of [200, 600, 2000]) {
      const clusters = layoutLane(
        lane,
        { start: Date.UTC(2021, 6, 1), end: Date.UTC(2023, 6, 1) },
        width,
        null,
      );
      const merged = clusters.filter((c) => c.kind === 'cluster');
      expect(merged.length).toBeGreaterThan(0);
      expect(merged.map((c) => c.representative.id)).toEqual(
        merged.map((c) => representativeOf(c.events)?.id),
      );
    }
  });
});

describe('panning and zooming', () => {
  it('stay within the events plus a fifth of a view', () => {
    const bounds = { start: 1000, end: 2000 };
    expect(clampView({ start: 3000, end: 3200 }, bounds)).toEqual({ start: 1840, end: 2040 });
    expect(clampView({ start: -500, end: -300 }, bounds)).toEqual({ start: 960, end: 1160 });
    expect(clampView({ start: 1200, end: 1400 }, bounds)).toEqual({ start: 1200, end: 1400 });
  });
});

describe('marks laid out for one range standing for another during a gesture', () => {
  const span = view.end - view.start;
  const at = (from: number, to: number) => ({ start: view.start + from * span, end: view.start + to * span });
  it('covers a drag within the laid-out margin, and not one past it', () => {
    expect(covers(view, at(0.2, 1.2))).toBe(true);
    expect(covers(view, at(-0.25, 0.75))).toBe(true);
    expect(covers(view, at(0.3, 1.3))).toBe(false);
  });
  it('covers zooming in up to fourfold and out as far as the margin', () => {
    expect(covers(view, at(0.4, 0.65))).toBe(true);
    expect(covers(view, at(0.45, 0.6))).toBe(false);
    expect(covers(view, at(-0.2, 1.2))).toBe(true);
    expect(covers(view, at(-0.3, 1.3))).toBe(false);
  });
  it('keeps a cluster in view inside the lane, and one beyond an edge at its own place', () => {
    const cluster = (x: number, x2 = x) => ({
      kind: 'cluster' as const,
      events: [ev('a', '2020-03-01'), ev('b', '2020-03-02')],
      representative: ev('a', '2020-03-01'),
      x,
      x2,
      start: 0,
      end: 0,
    });
    expect(clusterLeft(cluster(500), 1000)).toBe(496);
    // Near the right edge: the whole badge stays in.
    expect(clusterLeft(cluster(995), 1000)).toBe(1000 - 6 - clusterRight(2));
    expect(clusterLeft(cluster(2), 1000)).toBe(0);
    // Starting before the left edge, ending in view: pinned to the edge, whole.
    expect(clusterLeft(cluster(-10, 12), 1000)).toBe(0);
    // Beyond the edges (laid out for a drag to bring in): never pinned where it would stand for them.
    expect(clusterLeft(cluster(1100), 1000)).toBe(1096);
    expect(clusterLeft(cluster(-80), 1000)).toBe(-84);
  });

  it('lays out events as far beyond the view as it covers', () => {
    const events = [ev('before', '2019-10-15'), ev('far', '2019-06-01'), ev('after', '2021-03-01')];
    const ids = layoutLane(events, view, 1000, null).flatMap((item) =>
      item.kind === 'event' ? [item.event.id] : item.events.map((e) => e.id),
    );
    expect(ids.sort()).toEqual(['after', 'before']);
  });
});

describe('an administration band’s name', () => {
  it('is whole where it fits, else its last word, else nothing: never a stump', () => {
    expect(bandLabel('George W. Bush', 200)).toBe('George W. Bush');
    expect(bandLabel('Andrés Manuel López Obrador', 80)).toBe('Obrador');
    expect(bandLabel('Donald Trump', 20)).toBeNull();
    for (const w of [0, 10, 30, 50, 70, 90]) {
      const label = bandLabel('Claudia Sheinbaum', w);
      expect(label === null || ['Claudia Sheinbaum', 'Sheinbaum'].includes(label)).toBe(true);
    }
  });
});
