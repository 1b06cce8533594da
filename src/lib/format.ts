/**
 * Every date and number shown passes through here, so they follow the active
 * language. Dates are partial ISO strings (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`)
 * and are formatted in UTC so a day never shifts with the reader's time zone.
 */
import { LOCALES, type Lang } from './i18n/langs';

export type { Lang };
export const localeOf = (lang: Lang) => LOCALES[lang];

// Formatters are costly to create; they are cached per language and options object.
const cache = new Map<string, WeakMap<object, Intl.DateTimeFormat | Intl.NumberFormat>>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(
  lang: Lang,
  options: object,
  make: () => T,
): T {
  let perLang = cache.get(lang);
  if (!perLang) {
    perLang = new WeakMap();
    cache.set(lang, perLang);
  }
  let f = perLang.get(options) as T | undefined;
  if (!f) {
    f = make();
    perLang.set(options, f);
  }
  return f;
}
function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(lang, options, () => new Intl.DateTimeFormat(LOCALES[lang], { ...options, timeZone: 'UTC' }));
}
/**
 * A UTC instant in the reader's language with the given options, which must be a constant (the
 * formatter is kept per options object, so an inline literal would build one on every call).
 */
export function formatInstant(t: number, lang: Lang, options: Intl.DateTimeFormatOptions): string {
  return dateFormat(lang, options).format(new Date(t));
}
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(lang, options, () => new Intl.NumberFormat(LOCALES[lang], options));
}

const YEAR_MONTH_LONG: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long' };
const YEAR_MONTH_SHORT: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short' };
const DAY_LONG: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' };
const DAY_SHORT: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric' };
const NUMBER: Record<number, Intl.NumberFormatOptions> = {};
const PERCENT: Intl.NumberFormatOptions = { style: 'percent', maximumFractionDigits: 2 };
const USD_SMALL: Intl.NumberFormatOptions = { style: 'currency', currency: 'USD', maximumFractionDigits: 0 };
const COMPACT_LONG: Intl.NumberFormatOptions = {
  notation: 'compact',
  compactDisplay: 'long',
  maximumFractionDigits: 1,
};
const COUNT: Intl.NumberFormatOptions = { maximumFractionDigits: 0 };
const COMPACT_SHORT: Intl.NumberFormatOptions = {
  notation: 'compact',
  compactDisplay: 'short',
  maximumFractionDigits: 1,
};

/**
 * Creates the formatters pages use most, ahead of need, each in a task of its own (`schedule`). The
 * first Intl formatter a page creates sets up the browser's locale data (tens of milliseconds on a
 * phone): done while the first data downloads, it no longer lengthens the render that shows that
 * data, and one task per formatter keeps each short enough not to hold up a tap.
 */
export function prepareFormatters(
  lang: Lang,
  schedule: (step: () => void) => void = (step) => {
    step();
  },
): void {
  const steps = [
    ...[DAY_LONG, DAY_SHORT, YEAR_MONTH_LONG, YEAR_MONTH_SHORT].map((o) => () => void dateFormat(lang, o)),
    ...[PERCENT, USD_SMALL, COMPACT_LONG, COUNT].map((o) => () => void numberFormat(lang, o)),
  ];
  const next = () => {
    const step = steps.shift();
    if (!step) return;
    step();
    schedule(next);
  };
  schedule(next);
}

export type PartialPrecision = 'day' | 'month' | 'year';

export function precisionOf(iso: string): PartialPrecision {
  return iso.length === 10 ? 'day' : iso.length === 7 ? 'month' : 'year';
}

/** UTC timestamp of the first instant of a partial date. */
export function startOf(iso: string): number {
  const m = iso.length >= 7 ? digits(iso, 5, 2) : 1;
  const d = iso.length === 10 ? digits(iso, 8, 2) : 1;
  return Date.UTC(digits(iso, 0, 4), m - 1, d);
}

/** UTC timestamp of the last day covered by a partial date. */
export function endOf(iso: string): number {
  const y = digits(iso, 0, 4);
  if (iso.length === 10) return Date.UTC(y, digits(iso, 5, 2) - 1, digits(iso, 8, 2));
  if (iso.length === 7) return Date.UTC(y, digits(iso, 5, 2), 0);
  return Date.UTC(y, 11, 31);
}

/**
 * The number written in `length` digits from `from` (the contract's dates are checked to be
 * digits there). No substrings: the timeline reads 20,000 of these when 10,000 events arrive.
 */
function digits(iso: string, from: number, length: number): number {
  let value = 0;
  for (let i = from; i < from + length; i++) value = value * 10 + iso.charCodeAt(i) - 48;
  return value;
}

/** A dated record's date: a partial start, an optional partial end, the start's precision. */
export interface DateRange {
  start: string;
  end?: string | undefined;
  precision: string;
  /**
   * Its first and last day (days since 1 January 1970, UTC), where the data layer noted them as it
   * validated the record (`noteDays`, off the page's main thread); never in the published data.
   */
  startDay?: number;
  endDay?: number;
}

const DAY_MS = 86_400_000;

/** Notes a range's first and last day on it (`DateRange.startDay`, `endDay`): done once, in the data layer. */
export function noteDays(date: DateRange): void {
  const start = startOf(date.start);
  date.startDay = start / DAY_MS;
  date.endDay = spanEnd(date, start) / DAY_MS;
}

/** The first instant (UTC ms) of a date range: from its noted day, else parsed. Nothing is kept or allocated. */
export function rangeStart(date: DateRange): number {
  return date.startDay === undefined ? startOf(date.start) : date.startDay * DAY_MS;
}

/** The start (UTC ms) of a date range's last day, as in `spanOf`: from its noted day, else parsed. */
export function rangeEnd(date: DateRange): number {
  return date.endDay === undefined ? spanEnd(date, startOf(date.start)) : date.endDay * DAY_MS;
}

/**
 * Start and end (UTC ms) of a date range; a day's point has start = end, a month or year without an
 * end runs to its last day. (A pass over every event reads `rangeStart` and `rangeEnd` instead.)
 */
export function spanOf(date: DateRange): { start: number; end: number } {
  return { start: rangeStart(date), end: rangeEnd(date) };
}

/** The end (UTC ms) of a date range that starts at `start` (`startOf(date.start)`), as in `spanOf`. */
function spanEnd(date: DateRange, start: number): number {
  return date.end ? endOf(date.end) : date.precision === 'day' ? start : endOf(date.start);
}

/** "25 June 2022" / "25 de junio de 2022", "June 2022" / "junio de 2022", or "2022". */
export function formatPartialDate(iso: string, lang: Lang, style: 'long' | 'short' = 'long'): string {
  const precision = precisionOf(iso);
  const date = new Date(startOf(iso));
  if (precision === 'year') return iso.slice(0, 4);
  if (precision === 'month')
    return dateFormat(lang, style === 'long' ? YEAR_MONTH_LONG : YEAR_MONTH_SHORT).format(date);
  return dateFormat(lang, style === 'long' ? DAY_LONG : DAY_SHORT).format(date);
}

/** A period such as "2010–2012" or "1 Oct 2024 – 30 Sep 2025", collapsed when both ends are equal. */
export function formatPeriod(
  start: string,
  end: string,
  lang: Lang,
  style: 'long' | 'short' = 'short',
): string {
  if (start === end) return formatPartialDate(start, lang, style);
  return `${formatPartialDate(start, lang, style)} – ${formatPartialDate(end, lang, style)}`;
}

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  NUMBER[maximumFractionDigits] ??= { maximumFractionDigits };
  return numberFormat(lang, NUMBER[maximumFractionDigits]).format(value);
}

/** Percent given as 0–100 (the dataset's convention). */
export function formatPercent(value: number, lang: Lang): string {
  return numberFormat(lang, PERCENT).format(value / 100);
}

/** Dollar amounts, large ones in words: "$10 billion" / "10 mil millones de dólares". */
export function formatUsd(value: number, lang: Lang): string {
  if (Math.abs(value) < 1_000_000) {
    return numberFormat(lang, USD_SMALL).format(value);
  }
  const words = numberFormat(lang, COMPACT_LONG).format(value);
  if (lang === 'es') return `${words} de dólares`;
  // The sign before the dollar sign, as for smaller sums: "-$40 million", never "$-40 million".
  return value < 0 ? `-$${numberFormat(lang, COMPACT_LONG).format(-value)}` : `$${words}`;
}

/** A number in short compact notation, for a chart's axis: "10B", "10 mil M". */
export function formatCompact(value: number, lang: Lang): string {
  return numberFormat(lang, COMPACT_SHORT).format(value);
}

export function formatCount(value: number, lang: Lang): string {
  return numberFormat(lang, COUNT).format(value);
}
