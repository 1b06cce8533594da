import type { Metric } from '@/data/metrics/contract';
import type { Source } from '@/data/sources/contract';
import { download } from '@/lib/download';
import { formatPartialDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n/context';
import { encodingOf, seriesLabel } from '../lib/encodings';
import { chartToSvg, svgToPng } from '../lib/export-image';
import { seriesOf } from '../lib/to-chart-series';
import { metricToCsv } from '../lib/to-csv';
import { usePanelMessages } from '../panel-messages';

type I18n = ReturnType<typeof useI18n>;

/**
 * The panel's charts as one SVG image, as the page shows them: title, unit and date, sources,
 * caveats, the keys and marked events listed under the chart, and the series' key. Null when no
 * chart is drawn.
 */
export function panelImageSvg(
  metric: Metric,
  sources: ReadonlyMap<string, Source>,
  version: string,
  { lang, m }: Pick<I18n, 'lang' | 'm'>,
): string | null {
  const used = [...new Set(metric.observations.flatMap((o) => o.sources))];
  const charts = [...document.querySelectorAll<SVGSVGElement>('.chart-figure .recharts-wrapper > svg')].map(
    (svg) => ({ svg, heading: svg.closest<HTMLElement>('.chart-part')?.dataset.heading }),
  );
  if (charts.length === 0) return null;
  const css = getComputedStyle(document.documentElement);
  const publishers = [
    ...new Set(
      used
        .map((id) => sources.get(id))
        .filter((x) => x !== undefined)
        .map((x) => x.publisherLabel?.[lang] ?? x.publisher),
    ),
  ];
  return chartToSvg(
    charts,
    {
      title: metric.title[lang],
      subtitle: `${m.metrics.unit}: ${m.unit[metric.unit]} · ${m.metrics.updated} ${formatPartialDate(metric.updated, lang)}`,
      sourceLine: `${m.metrics.sources}: ${publishers.join('; ')}`,
      caveats: metric.caveats.map((c) => c[lang]),
      // As the page explains them under the chart.
      keys: [...document.querySelectorAll('.chart-figure .chart-keys li')].map((li) => li.textContent),
      markers: [...document.querySelectorAll<HTMLLIElement>('.marked-events li')].map(
        (li) => `${String(li.value)}. ${li.textContent}`,
      ),
      footer: `Iron River Tracker · ${m.footer.dataset(version)} · ${window.location.href}`,
      legend: ['ranges', 'multi-year-totals', 'statement-list'].includes(encodingOf(metric))
        ? []
        : seriesOf(metric).map((s, i) => ({
            label: seriesLabel(metric, s)?.[lang] ?? s,
            colour: css.getPropertyValue(`--chart-${String((i % 4) + 1)}`).trim(),
          })),
    },
    {
      bg: css.getPropertyValue('--surface').trim() || '#fff',
      fg: css.getPropertyValue('--text').trim() || '#000',
      muted: css.getPropertyValue('--muted').trim() || '#555',
    },
  );
}

/** The panel's downloads: its data as CSV, and (with the chart tab open) the chart as SVG or PNG. */
export function PanelDownloads({
  metric,
  sources,
  version,
  chart,
}: {
  metric: Metric;
  sources: ReadonlyMap<string, Source>;
  version: string;
  /** Whether the chart is shown (so there is an image to download). */
  chart: boolean;
}) {
  const { lang, m } = useI18n();
  const p = usePanelMessages();
  const imageSvg = () => panelImageSvg(metric, sources, version, { lang, m });
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
      {chart ? (
        <>
          <button
            type="button"
            className="button small secondary"
            onClick={() => {
              const svg = imageSvg();
              if (svg) download(`iron-river-${metric.id}.svg`, 'image/svg+xml', svg);
            }}
          >
            {p.download}: SVG
          </button>
          <button
            type="button"
            className="button small secondary"
            onClick={() => {
              const svg = imageSvg();
              if (svg)
                void svgToPng(svg).then((png) => {
                  download(`iron-river-${metric.id}.png`, 'image/png', png);
                });
            }}
          >
            {p.download}: PNG
          </button>
        </>
      ) : null}
    </>
  );
}
