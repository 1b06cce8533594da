import { describe, expect, it } from 'vitest';
import {
  endOf,
  formatPartialDate,
  formatPercent,
  formatPeriod,
  formatUsd,
  noteDays,
  rangeEnd,
  rangeStart,
  spanOf,
  startOf,
  type DateRange,
} from '@/lib/format';
import { isRealDate } from '@/data/schema';

describe('formatPartialDate', () => {
  it.each([
    ['2022-06-25', 'en', 'June 25, 2022'],
    ['2022-06-25', 'es', '25 de junio de 2022'],
    ['2020-04', 'en', 'April 2020'],
    ['2020-04', 'es', 'abril de 2020'],
    ['2013', 'en', '2013'],
  ] as const)('writes %s in %s as %s', (iso, lang, expected) => {
    expect(formatPartialDate(iso, lang)).toBe(expected);
  });

  it('never shifts a day with the time zone', () => {
    expect(formatPartialDate('2025-01-01', 'en')).toBe('January 1, 2025');
  });
});

describe('formatPeriod', () => {
  it('collapses equal ends and joins different ones', () => {
    expect(formatPeriod('2022', '2022', 'en')).toBe('2022');
    expect(formatPeriod('2024-10-01', '2025-09-30', 'en')).toBe('Oct 1, 2024 – Sep 30, 2025');
  });
});

describe('numbers', () => {
  it('formats percents and dollars in each language', () => {
    expect(formatPercent(67.13, 'en')).toBe('67.13%');
    expect(formatPercent(70, 'es')).toMatch(/^70\s?%$/);
    expect(formatUsd(10_000_000_000, 'en')).toBe('$10 billion');
    expect(formatUsd(500_000_000, 'es')).toBe('500 millones de dólares');
    // A cut: the sign before the dollar sign, as Intl writes smaller sums ("-$40").
    expect(formatUsd(-40_000_000, 'en')).toBe('-$40 million');
    expect(formatUsd(-40, 'en')).toBe('-$40');
  });
});

describe('date helpers', () => {
  it('finds the first and last day of partial dates', () => {
    expect(new Date(startOf('2020-04')).toISOString().slice(0, 10)).toBe('2020-04-01');
    expect(new Date(endOf('2020-02')).toISOString().slice(0, 10)).toBe('2020-02-29');
    expect(new Date(endOf('2021')).toISOString().slice(0, 10)).toBe('2021-12-31');
    expect(new Date(startOf('2021')).toISOString().slice(0, 10)).toBe('2021-01-01');
    expect(new Date(startOf('2024-02-29')).toISOString().slice(0, 10)).toBe('2024-02-29');
    expect(new Date(endOf('2024-12-31')).toISOString().slice(0, 10)).toBe('2024-12-31');
    expect(new Date(endOf('1999-12')).toISOString().slice(0, 10)).toBe('1999-12-31');
    expect(startOf('2020-04-09')).toBe(Date.UTC(2020, 3, 9));
  });
  it('spans a day as a point, a month or year to its last day, a range to its end', () => {
    const day = (t: number) => new Date(t).toISOString().slice(0, 10);
    const point = spanOf({ start: '2022-06-25', precision: 'day' });
    expect(point.start).toBe(point.end);
    const month = spanOf({ start: '2020-02', precision: 'month' });
    expect([day(month.start), day(month.end)]).toEqual(['2020-02-01', '2020-02-29']);
    const range = spanOf({ start: '2019', end: '2021-03', precision: 'year' });
    expect([day(range.start), day(range.end)]).toEqual(['2019-01-01', '2021-03-31']);
  });
  it('reads a range from the days the data layer noted as it does from its text', () => {
    const ranges: DateRange[] = [
      { start: '2022-06-25', precision: 'day' },
      { start: '2020-02', precision: 'month' },
      { start: '2019', end: '2021-03', precision: 'year' },
      { start: '1969-12-31', end: '1970-01-02', precision: 'day' },
    ];
    for (const range of ranges) {
      const parsed = [rangeStart(range), rangeEnd(range)];
      const noted = { ...range };
      noteDays(noted);
      expect([noted.startDay, noted.endDay].every(Number.isInteger)).toBe(true);
      // Read from the days alone: the text is not looked at again.
      expect([rangeStart({ ...noted, start: '' }), rangeEnd({ ...noted, start: '', end: '' })]).toEqual(
        parsed,
      );
      expect(parsed).toEqual([spanOf(range).start, spanOf(range).end]);
    }
  });
  it('rejects dates that do not exist', () => {
    expect(isRealDate('2021-02-30')).toBe(false);
    expect(isRealDate('2024-02-29')).toBe(true);
  });
});
