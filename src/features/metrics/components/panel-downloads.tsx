import { PALETTE_SIZE } from '@/components/charts/types';
import { useState } from 'react';
import type { Metric } from '@/data/metrics/contract';
import type { Source } from '@/data/sources/contract';
import { download } from '@/lib/download';
import { formatPartialDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n/context';
import { encodingOf, seriesLabel } from '../lib/encodings';
import { planChart, type ChartPlan, type PlanOptions } from '../lib/chart-plan';
import { chartToSvg, svgToPng } from '../lib/export-image';
import { seriesOf } from '../lib/to-chart-series';
import { metricToCsv } from '../lib/to-csv';
import { usePanelMessages } from '../panel-messages';
import { drawForExport } from './draw-for-export';

type I18n = ReturnType<typeof useI18n>;

/** The width the charts are drawn at in an image (its 1200 px less the margins). */
const IMAGE_CHART_WIDTH = 1136;

/**
 * The panel's charts as one SVG image, drawn from its plan (never from the screen): title, unit and
 * date, sources, caveats, the keys and the numbered marked events under the chart, and the series'
 * key. Colours follow the page's theme.
 */
export async function panelImageSvg(
  metric: Metric,
  plan: ChartPlan,
  sources: ReadonlyMap<string, Source>,
  version: string,
  { lang, m }: Pick<I18n, 'lang' | 'm'>,
): Promise<string> {
  const used = [...new Set(metric.observations.flatMap((o) => o.sources))];
  const css = getComputedStyle(document.documentElement);
  const publishers = [
    ...new Set(
      used
        .map((id) => sources.get(id))
        .filter((x) => x !== undefined)
        .map((x) => x.publisherLabel?.[lang] ?? x.publisher),
    ),
  ];
  const allSeries = seriesOf(metric);
  return drawForExport(plan, IMAGE_CHART_WIDTH, (charts) =>
    chartToSvg(
      charts,
      {
        title: metric.title[lang],
        subtitle: `${m.metrics.unit}: ${m.unit[metric.unit]} · ${m.metrics.updated} ${formatPartialDate(metric.updated, lang)}`,
        sourceLine: `${m.metrics.sources}: ${publishers.join('; ')}`,
        caveats: metric.caveats.map((c) => c[lang]),
        keys: plan.keys,
        markers: plan.marked.map(
          (mk) => `${String(mk.n)}. ${formatPartialDate(mk.date, lang, 'short')}: ${mk.label}`,
        ),
        footer: `Iron River Tracker · ${m.footer.dataset(version)} · ${window.location.href}`,
        legend: plan.legend.map((s) => ({
          label: seriesLabel(metric, s)?.[lang] ?? s,
          colour: css.getPropertyValue(`--chart-${String((allSeries.indexOf(s) % PALETTE_SIZE) + 1)}`).trim(),
        })),
      },
      {
        bg: css.getPropertyValue('--surface').trim() || '#fff',
        fg: css.getPropertyValue('--text').trim() || '#000',
        muted: css.getPropertyValue('--muted').trim() || '#555',
      },
    ),
  );
}

/**
 * The panel's downloads: its data as CSV, and (where it has a chart) the chart as an SVG or PNG
 * image, drawn for the image from the same plan as the page's, with the policy events marked on it.
 */
export function PanelDownloads({
  metric,
  sources,
  version,
  marking,
}: {
  metric: Metric;
  sources: ReadonlyMap<string, Source>;
  version: string;
  /** The policy events marked on the panel's chart (the storylines chosen on the page). */
  marking: NonNullable<PlanOptions['marking']>;
}) {
  const { lang, m } = useI18n();
  const p = usePanelMessages();
  const [failed, setFailed] = useState(false);
  const image = (then: (svg: string) => Promise<void> | void) => {
    setFailed(false);
    const plan = planChart(metric, { lang, m, p }, { marking });
    panelImageSvg(metric, plan, sources, version, { lang, m })
      .then(then)
      .catch(() => {
        setFailed(true);
      });
  };
  return (
    <>
      <button
        type="button"
        className="button small secondary"
        onClick={() => {
          download(
            `iron-river-${metric.id}.csv`,
            'text/csv;charset=utf-8',
            metricToCsv(metric, lang, sources, version),
          );
        }}
      >
        {p.download}: {p.csv}
      </button>
      {encodingOf(metric) !== 'statement-list' ? (
        <>
          <button
            type="button"
            className="button small secondary"
            onClick={() => {
              image((svg) => {
                download(`iron-river-${metric.id}.svg`, 'image/svg+xml', svg);
              });
            }}
          >
            {p.download}: SVG
          </button>
          <button
            type="button"
            className="button small secondary"
            onClick={() => {
              image(async (svg) => {
                download(`iron-river-${metric.id}.png`, 'image/png', await svgToPng(svg));
              });
            }}
          >
            {p.download}: PNG
          </button>
        </>
      ) : null}
      {failed ? (
        <p role="alert" className="small">
          {p.imageFailed}
        </p>
      ) : null}
    </>
  );
}
