import type { Observation, Unit } from '@/data/metrics/contract';
import { formatCompact, formatCount, formatPercent, formatUsd, type Lang } from '@/lib/format';
import type { Messages } from '@/lib/i18n/messages/en';

/** Formats one number in a metric's unit. */
export function formatInUnit(value: number, unit: Unit, lang: Lang): string {
  switch (unit) {
    case 'percent':
      return formatPercent(value, lang);
    case 'percent-change':
      return `+${formatPercent(value, lang)}`;
    case 'usd':
      return formatUsd(value, lang);
    case 'firearms':
    case 'firearms-per-year':
    case 'defendants':
    case 'count':
      return formatCount(value, lang);
  }
}

/**
 * A value on a small chart's axis, short enough for its label column: sums of a million dollars or
 * more in short compact notation ("$10B"; in Spanish "10 mil M", where "10 mil millones de dólares"
 * would be cut), with the unit stated beside the chart. Everything else as formatInUnit.
 */
export function formatTick(value: number, unit: Unit, lang: Lang): string {
  if (unit !== 'usd' || Math.abs(value) < 1_000_000) return formatInUnit(value, unit, lang);
  if (lang !== 'en') return formatCompact(value, lang);
  return value < 0 ? `-$${formatCompact(-value, lang)}` : `$${formatCompact(value, lang)}`;
}

/** The words a figure is stated with: its qualifier ("about") and a range's ("250,000 to 1,000,000"). */
export interface FigureWords {
  qualifier: Messages['qualifier'];
  metrics: Pick<Messages['metrics'], 'range'>;
}

/**
 * The figure as stated, with its qualifier: "253,000", "about 70%",
 * "250,000 to 1,000,000", "up to 85%". Ranges are never collapsed.
 */
export function formatObservation(o: Observation, unit: Unit, lang: Lang, m: FigureWords): string {
  const fmt = (v: number) => formatInUnit(v, unit, lang);
  let text: string;
  if (o.low !== undefined && o.high !== undefined) text = m.metrics.range(fmt(o.low), fmt(o.high));
  else if (o.value !== undefined) text = fmt(o.value);
  else text = fmt((o.high ?? o.low) as number);
  const qualified = o.qualifier
    ? `${m.qualifier[o.qualifier]} ${text}`
    : o.approximate
      ? `${m.qualifier.approx} ${text}`
      : text;
  return o.unitLabel ? `${qualified} ${o.unitLabel[lang]}` : qualified;
}
