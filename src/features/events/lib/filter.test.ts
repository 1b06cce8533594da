import { describe, expect, it } from 'vitest';
import type { Lang } from '@/lib/i18n/langs';
import { fixture } from '../../../../tests/fixtures/dataset';
import type { PolicyEvent } from '@/data/events/contract';
import { buildSearchIndex, filterEvents, normalizeText, sameFilters } from '@/features/events/lib/filter';
import { defaultTimelineSearch } from '@/features/events/search-params';

const events: PolicyEvent[] = fixture('events').items;
const sources = fixture('sources').items;
const index = buildSearchIndex(events, {
  actorName: (id) => id,
  sourceTitle: (id) => sources.find((s) => s.id === id)?.title,
});
const run = (patch: Partial<typeof defaultTimelineSearch>, lang: Lang = 'en') =>
  filterEvents(events, { ...defaultTimelineSearch, ...patch }, index, lang);

describe('normalizeText', () => {
  it('ignores case and accents', () => {
    expect(normalizeText('México CORTE Interamericana')).toBe('mexico corte interamericana');
  });
});

describe('filterEvents', () => {
  it('finds accented words without accents, in the active language', () => {
    expect(run({ q: 'armerias de arizona' }, 'es').events.map((e) => e.id)).toEqual([
      'mexico-sues-arizona-dealers',
    ]);
    expect(run({ q: 'armerias' }, 'en').events).toHaveLength(0);
  });

  it('searches source titles too', () => {
    // Words from the title of the GAO report the event cites, not from the event itself.
    expect(run({ q: 'planning coordination challenges' }).events.map((e) => e.id)).toEqual([
      'gao-09-709-report',
    ]);
  });

  it('combines values within a facet with OR and across facets with AND', () => {
    const both = run({ category: ['litigation', 'legislation'] }).events;
    expect(both.every((e) => e.category === 'litigation' || e.category === 'legislation')).toBe(true);
    const narrowed = run({ category: ['litigation', 'legislation'], storyline: ['bsca'] }).events;
    expect(narrowed.map((e) => e.id)).toEqual(['bsca-senate-passage', 'bsca-house-passage', 'bsca-signed']);
  });

  it('counts each choice as if it were selected, ignoring its own facet', () => {
    const { counts, events: shown } = run({ category: ['litigation'] });
    expect(shown.length).toBe(counts.category.get('litigation'));
    expect(counts.category.get('legislation')).toBe(run({ category: ['legislation'] }).events.length);
    expect(counts.jurisdiction.get('us')).toBe(
      run({ category: ['litigation'], jurisdiction: ['us'] }).events.length,
    );
  });

  it('keeps periods that overlap the date range', () => {
    const ids = run({ from: '2010', to: '2010' }).events.map((e) => e.id);
    expect(ids).toContain('operation-fast-and-furious');
    // Fiscal 2022 (October 2021 to September 2022) covers 24 June 2022.
    expect(run({ from: '2022-06-24', to: '2022-06-24' }).events.map((e) => e.id)).toEqual([
      'project-thor-defunded',
      'bsca-house-passage',
    ]);
  });
});

describe('sameFilters', () => {
  it('tells a new filter from a new zoom, view or selection', () => {
    const base = { ...defaultTimelineSearch, category: ['litigation' as const], q: 'arizona' };
    expect(sameFilters(base, { ...base, axis: { start: '2020-01-01', end: '2021-01-01' }, event: 'x' })).toBe(
      true,
    );
    expect(sameFilters(base, { ...base, view: 'list', panels: ['money'] })).toBe(true);
    expect(sameFilters(base, { ...base, category: ['litigation', 'legislation'] })).toBe(false);
    expect(sameFilters(base, { ...base, q: 'texas' })).toBe(false);
    expect(sameFilters(base, { ...base, from: '2020' })).toBe(false);
    expect(sameFilters(base, { ...base, actor: ['atf'] })).toBe(false);
  });
});
