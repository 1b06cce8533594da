import { describe, expect, it, vi } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { readDataset } from './dataset';
import { datasetCsv, datasetZip, downloadName, flatten } from './download';

const dataset = readDataset('tests/fixtures/dataset');

/** A CSV's rows (without the BOM), split naively: enough for cells without commas. */
const header = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')[0]
    ?.split(',') ?? [];

describe('the full dataset download', () => {
  it('holds the contract’s JSON, a CSV per resource and the codebook, in a folder named by version', () => {
    const files = unzipSync(datasetZip(dataset));
    const names = Object.keys(files).sort();
    expect(names).toContain('iron-river-tracker-fixture.2/README.txt');
    expect(names).toContain('iron-river-tracker-fixture.2/codebook.md');
    for (const file of [
      'events',
      'storylines',
      'metrics',
      'sources',
      'actors',
      'glossary',
      'decks',
      'meta',
      'codebook',
    ])
      expect(names).toContain(`iron-river-tracker-fixture.2/json/${file}.json`);
    for (const file of [
      'events',
      'storylines',
      'stages',
      'metrics',
      'observations',
      'sources',
      'actors',
      'glossary',
      'decks',
      'changes',
      'codebook',
    ])
      expect(names).toContain(`iron-river-tracker-fixture.2/csv/${file}.csv`);
    const events = files['iron-river-tracker-fixture.2/json/events.json'];
    expect(events && strFromU8(events)).toBe(dataset.files.events);
  });

  it('is the same bytes for the same dataset, whenever it is built', () => {
    vi.useFakeTimers();
    try {
      vi.setSystemTime(new Date('2030-01-01T10:00:00Z'));
      const first = datasetZip(dataset);
      vi.setSystemTime(new Date('2031-06-15T17:31:07Z'));
      expect(datasetZip(dataset)).toEqual(first);
    } finally {
      vi.useRealTimers();
    }
  });

  it('writes one row per event and per figure, in both languages, safe to open in a spreadsheet', () => {
    const csv = datasetCsv(dataset);
    const events = csv['events.csv'] ?? '';
    expect(events.startsWith('\uFEFF')).toBe(true);
    expect(header(events)).toEqual(
      expect.arrayContaining(['id', 'date.start', 'title.en', 'title.es', 'sources']),
    );
    expect(events.split('\r\n').filter(Boolean)).toHaveLength(dataset.values.events.items.length + 1);
    const observations = csv['observations.csv'] ?? '';
    const figures = dataset.values.metrics.items.reduce((n, m) => n + m.observations.length, 0);
    expect(observations.split('\r\n').filter(Boolean)).toHaveLength(figures + 1);
    expect(header(observations)[0]).toBe('metric');
    expect(header(csv['metrics.csv'] ?? '')).not.toContain('observations');
    expect(csv['changes.csv']).toContain('fixture.2,2026-12-01,corrected,bsca-signed');
  });

  it('flattens nested fields into columns without losing any', () => {
    expect(
      flatten({
        id: 'a',
        title: { en: 'A', es: 'Á' },
        actors: ['x', 'y'],
        ids: [{ kind: 'bill' }],
        context: true,
        end: null,
      }),
    ).toEqual({
      id: 'a',
      'title.en': 'A',
      'title.es': 'Á',
      actors: 'x; y',
      ids: '[{"kind":"bill"}]',
      context: 'true',
      end: '',
    });
  });

  it('names the file by version, safely', () => {
    expect(downloadName('2026.12.01')).toBe('downloads/iron-river-tracker-2026.12.01.zip');
    expect(downloadName('../x y')).toBe('downloads/iron-river-tracker-.._x_y.zip');
  });
});
