import { previewImagePath } from '@/config/og';
import type { PolicyEvent } from '@/data/events/contract';
import type { Metric } from '@/data/metrics/contract';
import type { Storyline } from '@/data/storylines/contract';
import { encodingOf, toAnnualChart, toSteps, toTotals } from '@/features/metrics/lib/encodings';
import { formatPartialDate, formatPeriod } from '@/lib/format';
import { LANGS, type Lang } from '@/lib/i18n/langs';
import { en, type Messages } from '@/lib/i18n/messages/en';
import { es } from '@/lib/i18n/messages/es';
import type { Dataset } from './dataset';

const MESSAGES: Record<Lang, Messages> = { en, es };

/** A small chart on a metric panel's preview: its figures in the shape the panel draws them. */
export type PreviewChart =
  /** Yearly bars, a year without a figure left empty (null), never zero. */
  | { kind: 'bars'; first: string; last: string; values: (number | null)[] }
  /** A running total: each figure at the day it was reached, in time order (0–1 along the axis). */
  | { kind: 'steps'; first: string; last: string; points: { at: number; value: number }[] }
  /** Totals over several years each, one row per total, in the order of their periods. */
  | { kind: 'totals'; values: number[] };

/** What one link preview image shows, in one language (drawn by build/vite/previews.ts). */
export interface PreviewCard {
  /** Where the image is published, relative to the site's base (src/config/og.ts). */
  file: string;
  lang: Lang;
  /** What the page is: "Event", "Storyline", "Metric panel". Empty on the site's own card. */
  kind: string;
  title: string;
  /** Lines under the title: date, storyline, status, what the figures cover. */
  lines: string[];
  /** The record's verification, for events ("Confirmed", "Single source", "Disputed"). */
  verification?: { kind: PolicyEvent['verification']; label: string };
  chart?: PreviewChart;
  site: string;
}

function eventCard(event: PolicyEvent, storylines: Map<string, Storyline>, lang: Lang): PreviewCard {
  const t = MESSAGES[lang];
  const storyline = event.storyline ? storylines.get(event.storyline) : undefined;
  const date = event.date.end
    ? formatPeriod(event.date.start, event.date.end, lang, 'long')
    : formatPartialDate(event.date.start, lang, 'long');
  return {
    file: previewImagePath(lang, 'events', event.id),
    lang,
    kind: t.preview.event,
    title: event.title[lang],
    lines: [date, ...(storyline ? [`${t.preview.storyline}: ${storyline.title[lang]}`] : [])],
    verification: { kind: event.verification, label: t.verification[event.verification] },
    site: t.appName,
  };
}

function storylineCard(storyline: Storyline, lang: Lang): PreviewCard {
  const t = MESSAGES[lang];
  const events = new Set(storyline.stages.flatMap((s) => s.events)).size;
  return {
    file: previewImagePath(lang, 'storylines', storyline.id),
    lang,
    kind: t.preview.storyline,
    title: storyline.title[lang],
    lines: [
      `${t.preview.stages(storyline.stages.length)} · ${t.preview.events(events)}`,
      ...(storyline.statusAsOf
        ? [t.preview.statusAsOf(formatPartialDate(storyline.statusAsOf, lang, 'long'))]
        : []),
    ],
    site: t.appName,
  };
}

function chartOf(metric: Metric): PreviewChart | undefined {
  switch (encodingOf(metric)) {
    case 'annual-bars': {
      const chart = toAnnualChart(metric);
      const [series] = chart.series;
      const first = chart.slots.at(0);
      const last = chart.slots.at(-1);
      if (!series || !first || !last || first === last) return undefined;
      return {
        kind: 'bars',
        first: String(first.year),
        last: String(last.year),
        values: chart.slots.map((slot) => {
          const bars = slot.bars.filter((b) => b.series === series);
          return bars.length > 0 ? Math.max(...bars.map((b) => b.value)) : null;
        }),
      };
    }
    case 'cumulative-steps': {
      const [line] = toSteps(metric);
      const end = line?.points.at(-1)?.t;
      if (!line || end === undefined || line.points.length < 2) return undefined;
      const span = Math.max(1, end - line.since);
      return {
        kind: 'steps',
        first: new Date(line.since).toISOString().slice(0, 4),
        last: new Date(end).toISOString().slice(0, 4),
        points: line.points.map((p) => ({ at: (p.t - line.since) / span, value: p.value })),
      };
    }
    case 'multi-year-totals': {
      const rows = toTotals(metric);
      return rows.length > 0 ? { kind: 'totals', values: rows.map((r) => r.range[1]) } : undefined;
    }
    default:
      return undefined;
  }
}

function metricCard(metric: Metric, lang: Lang): PreviewCard {
  const t = MESSAGES[lang];
  const start = metric.observations
    .map((o) => o.period.start)
    .sort()
    .at(0);
  const end = metric.observations
    .map((o) => o.period.end)
    .sort()
    .at(-1);
  const period = start && end ? formatPeriod(start.slice(0, 4), end.slice(0, 4), lang, 'long') : '';
  const chart = chartOf(metric);
  return {
    file: previewImagePath(lang, 'metrics', metric.id),
    lang,
    kind: t.preview.metric,
    title: metric.title[lang],
    lines: period ? [t.preview.figures(metric.observations.length, period)] : [],
    ...(chart ? { chart } : {}),
    site: t.appName,
  };
}

/**
 * Every link preview image the build draws: one per event, storyline and metric panel in each
 * language, and the site's own (for its other pages). Figures and dates come from the validated
 * dataset and are formatted as the pages format them.
 */
export function previewCards(dataset: Dataset | null): PreviewCard[] {
  const siteCards = LANGS.map((lang) => ({
    file: previewImagePath(lang),
    lang,
    kind: '',
    title: MESSAGES[lang].tagline,
    lines: [],
    site: MESSAGES[lang].appName,
  }));
  if (!dataset) return siteCards;
  const { events, storylines, metrics } = dataset.values;
  const byId = new Map(storylines.items.map((s) => [s.id, s]));
  return [
    ...siteCards,
    ...LANGS.flatMap((lang) => [
      ...events.items.map((e) => eventCard(e, byId, lang)),
      ...storylines.items.map((s) => storylineCard(s, lang)),
      ...metrics.items.map((m) => metricCard(m, lang)),
    ]),
  ];
}
