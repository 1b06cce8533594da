/**
 * Every date and number shown passes through here, so they follow the active
 * language. Dates are partial ISO strings (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`)
 * and are formatted in UTC so a day never shifts with the reader's time zone.
 */
export type Lang = 'en' | 'es';

const LOCALE: Record<Lang, string> = { en: 'en-US', es: 'es-MX' };
export const localeOf = (lang: Lang) => LOCALE[lang];

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE[lang], { ...options, timeZone: 'UTC' });
    cache.set(key, f);
  }
  return f;
}
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], options);
    cache.set(key, f);
  }
  return f;
}

export type PartialPrecision = 'day' | 'month' | 'year';

export function precisionOf(iso: string): PartialPrecision {
  return iso.length === 10 ? 'day' : iso.length === 7 ? 'month' : 'year';
}

/** UTC timestamp of the first instant of a partial date. */
export function startOf(iso: string): number {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

/** UTC timestamp of the last day covered by a partial date. */
export function endOf(iso: string): number {
  const [y = 0, m, d] = iso.split('-').map(Number);
  if (d !== undefined && m !== undefined) return Date.UTC(y, m - 1, d);
  if (m !== undefined) return Date.UTC(y, m, 0);
  return Date.UTC(y, 11, 31);
}

/** "25 June 2022" / "25 de junio de 2022", "June 2022" / "junio de 2022", or "2022". */
export function formatPartialDate(iso: string, lang: Lang, style: 'long' | 'short' = 'long'): string {
  const precision = precisionOf(iso);
  const date = new Date(startOf(iso));
  if (precision === 'year') return iso.slice(0, 4);
  if (precision === 'month') return dateFormat(lang, { year: 'numeric', month: style }).format(date);
  return dateFormat(lang, { year: 'numeric', month: style, day: 'numeric' }).format(date);
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

export function formatDateTime(iso: string, lang: Lang): string {
  return dateFormat(lang, { dateStyle: 'long' }).format(new Date(iso));
}

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  return numberFormat(lang, { maximumFractionDigits }).format(value);
}

/** Percent given as 0–100 (the dataset's convention). */
export function formatPercent(value: number, lang: Lang): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
}

/** Dollar amounts, large ones in words: "$10 billion" / "10 mil millones de dólares". */
export function formatUsd(value: number, lang: Lang): string {
  if (Math.abs(value) < 1_000_000) {
    return numberFormat(lang, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(value);
  }
  const words = numberFormat(lang, {
    notation: 'compact',
    compactDisplay: 'long',
    maximumFractionDigits: 1,
  }).format(value);
  return lang === 'es' ? `${words} de dólares` : `$${words}`;
}

export function formatCount(value: number, lang: Lang): string {
  return numberFormat(lang, { maximumFractionDigits: 0 }).format(value);
}
