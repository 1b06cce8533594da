import { describe, expect, it } from 'vitest';
import { eventSchema } from '@/data/events/contract';
import { observationSchema } from '@/data/metrics/contract';
import { sourceSchema } from '@/data/sources/contract';

const event = {
  id: 'example-event',
  date: { precision: 'day', start: '2022-06-25' },
  title: { en: 'Title', es: 'Título' },
  summary: { en: 'Summary', es: 'Resumen' },
  category: 'legislation',
  actors: ['us-congress'],
  jurisdiction: 'us',
  storyline: null,
  stage: null,
  sources: ['a-source'],
  relatedEvents: [],
  relatedMetrics: [],
  verification: 'confirmed',
  notes: [],
  added: '2026-11-21',
  updated: '2026-11-21',
};

function pathOf(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) {
  return result.error?.issues[0]?.path.join('.');
}

describe('eventSchema', () => {
  it('accepts a valid event', () => {
    expect(eventSchema.safeParse(event).success).toBe(true);
  });
  it.each([
    ['an unreal day', { date: { precision: 'day', start: '2022-02-30' } }, 'date.start'],
    [
      'a start that does not match its precision',
      { date: { precision: 'month', start: '2022-06-25' } },
      'date.start',
    ],
    ['a missing Spanish title', { title: { en: 'Title' } }, 'title.es'],
    ['an unknown category', { category: 'rumour' }, 'category'],
    ['no sources', { sources: [] }, 'sources'],
    [
      'a fiscal year with the wrong bounds',
      { date: { precision: 'fiscal-year', start: '2022-01-01', end: '2022-12-31', fiscalYear: 2022 } },
      'date.fiscalYear',
    ],
  ])('rejects %s and names the field', (_label, patch, path) => {
    const result = eventSchema.safeParse({ ...event, ...patch });
    expect(result.success).toBe(false);
    expect(pathOf(result)).toBe(path);
  });
  it('accepts a fiscal year that runs October to September', () => {
    const fy = {
      ...event,
      date: { precision: 'fiscal-year', start: '2021-10-01', end: '2022-09-30', fiscalYear: 2022 },
    };
    expect(eventSchema.safeParse(fy).success).toBe(true);
  });
});

describe('observationSchema', () => {
  const base = {
    id: 'obs',
    series: 's',
    period: { start: '2010', end: '2012' },
    estimator: { en: 'E', es: 'E' },
    sources: ['x'],
    verification: 'confirmed',
  };
  it('needs a value or a range', () => {
    expect(observationSchema.safeParse(base).success).toBe(false);
    expect(observationSchema.safeParse({ ...base, low: 200_000, high: 500_000 }).success).toBe(true);
  });
  it('rejects a range whose low is above its high', () => {
    expect(observationSchema.safeParse({ ...base, low: 5, high: 1 }).success).toBe(false);
  });
});

describe('sourceSchema', () => {
  const source = {
    id: 's',
    publisher: 'P',
    title: 'T',
    date: null,
    url: 'https://example.org/a',
    kind: 'news',
    language: 'en',
  };
  it.each(['http://example.org/a', 'javascript:alert(1)', 'not a url'])('rejects the link %s', (url) => {
    expect(sourceSchema.safeParse({ ...source, url }).success).toBe(false);
  });
  it('accepts an https link', () => {
    expect(sourceSchema.safeParse(source).success).toBe(true);
  });
});
