import { describe, expect, it } from 'vitest';
import { previewImagePath, PREVIEW_SIZE } from '@/config/og';
import { readDataset } from '../lib/dataset';
import { pagesToDraw } from '../lib/pages';
import { previewCards } from '../lib/previews';
import { drawPreview, PREVIEW_MAX_BYTES } from './previews';

const dataset = readDataset('tests/fixtures/dataset');
const cards = previewCards(dataset);
const { events, storylines, metrics } = dataset.values;

/** Width and height from a PNG's header (IHDR, right after the signature). */
function pngSize(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('link preview images', () => {
  it('are drawn for every event, storyline and metric panel in both languages, and the site', () => {
    const records = events.items.length + storylines.items.length + metrics.items.length;
    expect(cards).toHaveLength(2 * records + 2);
    // Every image a drawn page names in og:image exists.
    const files = new Set(cards.map((c) => c.file));
    for (const page of pagesToDraw({
      events: events.items.map((e) => e.id),
      storylines: storylines.items.map((s) => s.id),
      metrics: metrics.items.map((m) => m.id),
    }))
      expect(files).toContain(previewImagePath(page.lang, page.record?.kind, page.record?.id));
  });

  it('show an event’s title, date, storyline and verification in the page’s language', () => {
    const event = events.items.find((e) => e.storyline && e.verification === 'confirmed');
    if (!event?.storyline) throw new Error('the test dataset has a confirmed event in a storyline');
    const storyline = storylines.items.find((s) => s.id === event.storyline);
    const card = cards.find((c) => c.file === previewImagePath('es', 'events', event.id));
    expect(card).toMatchObject({ kind: 'Evento', title: event.title.es, site: 'Iron River Tracker' });
    expect(card?.verification).toEqual({ kind: 'confirmed', label: 'Confirmado' });
    expect(card?.lines).toContain(`Historia: ${storyline?.title.es ?? ''}`);
    expect(card?.lines[0]).toMatch(/\d{4}/);
  });

  it('give a metric panel a small chart of its own figures: yearly bars year by year, running totals as steps', () => {
    const annual = metrics.items.find((m) => m.chart === 'annual-bars');
    const running = metrics.items.find((m) => m.chart === 'cumulative-steps');
    if (!annual || !running) throw new Error('the test dataset has yearly and running-total panels');
    const bars = cards.find((c) => c.file === previewImagePath('en', 'metrics', annual.id))?.chart;
    if (bars?.kind !== 'bars') throw new Error('expected bars');
    const years = annual.observations.map((o) => Number(o.period.start.slice(0, 4)));
    expect(bars.values).toHaveLength(Math.max(...years) - Math.min(...years) + 1);
    const series = annual.observations[0]?.series;
    // Each year's bar is a figure of that year; a year without one is left empty.
    const expected = bars.values.map((_, i) => {
      const inYear = annual.observations
        .filter((o) => o.series === series && Number(o.period.start.slice(0, 4)) === Math.min(...years) + i)
        .map((o) => o.value ?? 0);
      return inYear.length > 0 ? Math.max(...inYear) : null;
    });
    expect(bars.values).toEqual(expected);
    const steps = cards.find((c) => c.file === previewImagePath('en', 'metrics', running.id))?.chart;
    if (steps?.kind !== 'steps') throw new Error('expected steps');
    expect(steps.points.map((p) => p.value)).toEqual(
      running.observations
        .filter((o) => o.series === running.observations[0]?.series)
        .sort((a, b) => (a.period.end < b.period.end ? -1 : 1))
        .map((o) => o.value),
    );
    expect(
      steps.points.every((p, i, all) => p.at >= 0 && p.at <= 1 && (i === 0 || p.at >= (all[i - 1]?.at ?? 0))),
    ).toBe(true);
  });

  it('are PNG files of 1200×630 under 100 kB, the longest title included', async () => {
    const longest = [...cards].sort(
      (a, b) => b.title.length + b.lines.join('').length - a.title.length - a.lines.join('').length,
    )[0];
    const withChart = cards.find((c) => c.chart);
    for (const card of [longest, withChart]) {
      if (!card) continue;
      const png = await drawPreview(card, 'example.org', undefined, false);
      expect(pngSize(png)).toEqual(PREVIEW_SIZE);
      expect(png.length).toBeLessThan(PREVIEW_MAX_BYTES);
    }
  }, 30_000);
});
