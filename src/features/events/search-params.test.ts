import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  defaultTimelineSearch,
  parseTimelineSearch,
  serializeTimelineSearch,
  type TimelineSearch,
} from '@/features/events/search-params';

describe('parseTimelineSearch', () => {
  it('reads repeated and comma-separated values alike', () => {
    const a = parseTimelineSearch('category=litigation&category=report').search;
    const b = parseTimelineSearch('category=litigation,report').search;
    expect(a.category).toEqual(['litigation', 'report']);
    expect(b.category).toEqual(['litigation', 'report']);
  });

  it('ignores unknown and malformed values and says which', () => {
    const { search, ignored } = parseTimelineSearch(
      'category=rumour,report&from=2021-02-30&to=2022&lanes=colour&view=grid&utm=x&jurisdiction=<script>',
    );
    expect(search.category).toEqual(['report']);
    expect(search.from).toBeNull();
    expect(search.to).toBe('2022');
    expect(search.lanes).toBe('category');
    expect(search.view).toBeNull();
    expect(ignored).toEqual(
      expect.arrayContaining([
        { key: 'category', value: 'rumour' },
        { key: 'from', value: '2021-02-30' },
        { key: 'lanes', value: 'colour' },
        { key: 'view', value: 'grid' },
        { key: 'utm', value: 'x' },
        { key: 'jurisdiction', value: '<script>' },
      ]),
    );
  });

  it('drops a range that ends before it starts', () => {
    const { search, ignored } = parseTimelineSearch('from=2024&to=2020');
    expect(search.from).toBe('2024');
    expect(search.to).toBeNull();
    expect(ignored).toContainEqual({ key: 'to', value: '2020' });
  });

  it('limits actors and storylines to known ids when given', () => {
    const { search } = parseTimelineSearch('actor=atf,nobody&storyline=bsca', {
      actors: new Set(['atf']),
      storylines: new Set(['bsca']),
    });
    expect(search.actor).toEqual(['atf']);
    expect(search.storyline).toEqual(['bsca']);
  });
});

describe('panels', () => {
  it('reads chart ids, `none` as no charts, and ignores what is not an id', () => {
    expect(parseTimelineSearch('panels=seizures,us-origin-share').search.panels).toEqual([
      'seizures',
      'us-origin-share',
    ]);
    expect(parseTimelineSearch('panels=none').search.panels).toEqual([]);
    expect(parseTimelineSearch('').search.panels).toBeNull();
    const { search, ignored } = parseTimelineSearch('panels=<svg onload=x>');
    expect(search.panels).toBeNull();
    expect(ignored).toContainEqual({ key: 'panels', value: '<svg onload=x>' });
  });
  it('writes `none` for no charts and leaves the default out', () => {
    expect(serializeTimelineSearch({ ...defaultTimelineSearch, panels: [] })).toBe('panels=none');
    expect(serializeTimelineSearch({ ...defaultTimelineSearch, panels: null })).toBe('');
  });
});

describe('the axis range', () => {
  it('is read from `axis=start..end` (real days, in order) and written back', () => {
    const { search } = parseTimelineSearch('axis=2019-01-01..2022-12-31');
    expect(search.axis).toEqual({ start: '2019-01-01', end: '2022-12-31' });
    expect(serializeTimelineSearch(search)).toBe('axis=2019-01-01..2022-12-31');
  });
  it('ignores and lists a range that is not one', () => {
    for (const bad of ['2022-12-31..2019-01-01', '2019-02-30..2020-01-01', '2019..2020', 'x', '..']) {
      const { search, ignored } = parseTimelineSearch(`axis=${encodeURIComponent(bad)}`);
      expect(search.axis).toBeNull();
      expect(ignored).toEqual([{ key: 'axis', value: bad }]);
    }
  });
});

describe('serializeTimelineSearch', () => {
  it('leaves defaults out and sorts keys and values', () => {
    expect(serializeTimelineSearch(defaultTimelineSearch)).toBe('');
    expect(
      serializeTimelineSearch({
        ...defaultTimelineSearch,
        q: 'México',
        category: ['report', 'litigation'],
        lanes: 'actor',
      }),
    ).toBe('category=litigation%2Creport&lanes=actor&q=M%C3%A9xico');
  });
});

const searchArb: fc.Arbitrary<TimelineSearch> = fc.record({
  q: fc.string({ maxLength: 40 }).map((s) => s.trim()),
  category: fc.uniqueArray(fc.constantFrom('enforcement', 'funding', 'litigation', 'report' as const)),
  actor: fc.uniqueArray(fc.constantFrom('atf', 'doj', 'sre')),
  jurisdiction: fc.uniqueArray(fc.constantFrom('us', 'mx' as const)),
  storyline: fc.uniqueArray(fc.constantFrom('bsca', 'project-thor')),
  verification: fc.uniqueArray(fc.constantFrom('confirmed', 'disputed' as const)),
  from: fc.constantFrom(null, '2020', '2021-06', '2022-02-28'),
  to: fc.constantFrom(null, '2024', '2025-12-31'),
  lanes: fc.constantFrom('category', 'storyline', 'actor', 'jurisdiction' as const),
  view: fc.constantFrom(null, 'list', 'axis' as const),
  event: fc.constantFrom(null, 'bsca-signed'),
  panels: fc.oneof(
    fc.constant(null),
    fc.uniqueArray(fc.constantFrom('seizures', 'us-origin-share', 'atf-mexico-traces')),
  ),
  axis: fc.constantFrom(null, { start: '2019-01-01', end: '2022-12-31' }),
});

describe('timeline URL state (property-based)', () => {
  it('never throws and always yields a valid state for arbitrary query strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (raw) => {
        const { search } = parseTimelineSearch(raw);
        expect(['category', 'storyline', 'actor', 'jurisdiction']).toContain(search.lanes);
        expect(search.q.length).toBeLessThanOrEqual(200);
        expect(search.from === null || search.to === null || search.from <= search.to).toBe(true);
        for (const id of search.panels ?? []) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }),
    );
  });

  it('round-trips: parse(serialize(state)) equals the state (values sorted)', () => {
    fc.assert(
      fc.property(searchArb, (state) => {
        const normal = {
          ...state,
          category: [...state.category].sort(),
          actor: [...state.actor].sort(),
          jurisdiction: [...state.jurisdiction].sort(),
          storyline: [...state.storyline].sort(),
          verification: [...state.verification].sort(),
        };
        const { search, ignored } = parseTimelineSearch(serializeTimelineSearch(state));
        expect(ignored).toEqual([]);
        expect(search).toEqual(normal);
      }),
    );
  });
});
