import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { Plugin } from 'vite';
import { PREVIEW_SIZE } from '../../src/config/og';
import type { PreviewCard, PreviewChart } from '../lib/previews';
import type { Site } from '../site';
import { buildLib, ROOT } from './runner';
import { loadDataset } from './dataset';

/** No preview image may be larger than this (what link unfurlers fetch without complaint). */
export const PREVIEW_MAX_BYTES = 100_000;

const INK = '#1d1f23';
const MUTED = '#4a4f57';
const ACCENT = '#9a3f12';
const PAPER = '#fbfaf7';
const RULE = '#d9d4c7';
const VERIFICATION = { confirmed: '#1f6f43', 'single-source': '#8a5a00', disputed: '#a11d2b' } as const;

/** The typeface the images are set in (Source Sans 3, from the `source-sans` package: Latin with Spanish accents). */
function fonts() {
  const dir = join(dirname(createRequire(import.meta.url).resolve('source-sans/package.json')), 'TTF');
  return [
    {
      name: 'Source Sans 3',
      weight: 400 as const,
      style: 'normal' as const,
      data: readFileSync(join(dir, 'SourceSans3-Regular.ttf')),
    },
    {
      name: 'Source Sans 3',
      weight: 700 as const,
      style: 'normal' as const,
      data: readFileSync(join(dir, 'SourceSans3-Bold.ttf')),
    },
  ];
}

type Node = {
  type: string;
  props: Record<string, unknown> & { style?: Record<string, unknown>; children?: unknown };
};
const h = (
  type: string,
  style: Record<string, unknown>,
  children?: unknown,
  props: Record<string, unknown> = {},
): Node => ({
  type,
  props: { ...props, style, children },
});

/** The chart as an SVG image: yearly bars with empty years left empty, a running total as steps, totals as rows. */
function chartSvg(chart: PreviewChart, width: number, height: number): string {
  const shapes: string[] = [];
  const base = height - 2;
  if (chart.kind === 'bars') {
    const max = Math.max(...chart.values.map((v) => v ?? 0), 1);
    const slot = width / chart.values.length;
    chart.values.forEach((v, i) => {
      const x = i * slot + slot * 0.15;
      if (v === null) {
        // A year without a figure: an outline on the baseline, never a zero-height bar.
        shapes.push(
          `<rect x="${x.toFixed(1)}" y="${String(base - 6)}" width="${(slot * 0.7).toFixed(1)}" height="6" fill="none" stroke="${RULE}" stroke-width="2"/>`,
        );
        return;
      }
      const barHeight = Math.max(2, (v / max) * (height - 8));
      shapes.push(
        `<rect x="${x.toFixed(1)}" y="${(base - barHeight).toFixed(1)}" width="${(slot * 0.7).toFixed(1)}" height="${barHeight.toFixed(1)}" fill="${ACCENT}"/>`,
      );
    });
  } else if (chart.kind === 'steps') {
    const max = Math.max(...chart.points.map((p) => p.value), 1);
    const y = (v: number) => base - (v / max) * (height - 8);
    let d = `M0 ${String(base)}`;
    for (const p of chart.points) d += ` H${(p.at * width).toFixed(1)} V${y(p.value).toFixed(1)}`;
    shapes.push(`<path d="${d}" fill="none" stroke="${ACCENT}" stroke-width="5" stroke-linejoin="round"/>`);
  } else {
    const max = Math.max(...chart.values, 1);
    const row = height / chart.values.length;
    chart.values.forEach((v, i) => {
      shapes.push(
        `<rect x="0" y="${(i * row + row * 0.15).toFixed(1)}" width="${Math.max(4, (v / max) * width).toFixed(1)}" height="${(row * 0.7).toFixed(1)}" fill="${ACCENT}"/>`,
      );
    });
  }
  shapes.push(
    `<line x1="0" x2="${String(width)}" y1="${String(base + 1)}" y2="${String(base + 1)}" stroke="${MUTED}" stroke-width="2"/>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${String(width)}" height="${String(height)}" viewBox="0 0 ${String(width)} ${String(height)}">${shapes.join('')}</svg>`;
}

/** Long titles are set smaller rather than cut: a preview never shows half a title. */
function titleSize(title: string, chart: boolean): number {
  const length = title.length * (chart ? 1.5 : 1);
  return length > 150 ? 40 : length > 100 ? 46 : length > 60 ? 54 : 64;
}

function layout(card: PreviewCard, host: string): Node {
  const chartWidth = 380;
  const chartHeight = 220;
  const chart = card.chart
    ? h(
        'div',
        { display: 'flex', flexDirection: 'column', marginLeft: 48, width: chartWidth },
        [
          h('img', { width: chartWidth, height: chartHeight, marginTop: 60 }, undefined, {
            src: `data:image/svg+xml;base64,${Buffer.from(chartSvg(card.chart, chartWidth, chartHeight)).toString('base64')}`,
            width: chartWidth,
            height: chartHeight,
          }),
          card.chart.kind === 'totals'
            ? null
            : h(
                'div',
                {
                  display: 'flex',
                  justifyContent: 'space-between',
                  fontSize: 26,
                  color: MUTED,
                  marginTop: 8,
                },
                [h('span', {}, card.chart.first), h('span', {}, card.chart.last)],
              ),
        ].filter(Boolean),
      )
    : null;
  const text = h(
    'div',
    { display: 'flex', flexDirection: 'column', flexGrow: 1, flexShrink: 1, flexBasis: 0, minWidth: 0 },
    [
      card.kind
        ? h(
            'div',
            { display: 'flex', alignItems: 'center', marginBottom: 18 },
            [
              h(
                'div',
                {
                  fontSize: 30,
                  fontWeight: 700,
                  color: ACCENT,
                  textTransform: 'uppercase',
                  letterSpacing: 2,
                },
                card.kind,
              ),
              card.verification
                ? h(
                    'div',
                    {
                      fontSize: 26,
                      fontWeight: 700,
                      color: '#ffffff',
                      marginLeft: 24,
                      backgroundColor: VERIFICATION[card.verification.kind],
                      borderRadius: 8,
                      padding: '2px 14px',
                    },
                    card.verification.label,
                  )
                : null,
            ].filter(Boolean),
          )
        : null,
      h(
        'div',
        {
          display: 'flex',
          fontSize: titleSize(card.title, Boolean(card.chart)),
          fontWeight: 700,
          color: INK,
          lineHeight: 1.12,
          marginBottom: 24,
        },
        card.title,
      ),
      ...card.lines.map((line) => h('div', { fontSize: 32, color: MUTED, lineHeight: 1.3 }, line)),
    ].filter(Boolean),
  );
  // Yoga adds padding and borders to a set size: the sized box holds the padded one.
  return h(
    'div',
    { width: PREVIEW_SIZE.width, height: PREVIEW_SIZE.height, display: 'flex', backgroundColor: PAPER },
    [
      h(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          flexGrow: 1,
          borderLeft: `24px solid ${ACCENT}`,
          padding: '56px 64px 40px 56px',
          fontFamily: 'Source Sans 3',
        },
        [
          h(
            'div',
            { display: 'flex', flexGrow: 1, flexShrink: 1, minHeight: 0, alignItems: 'flex-start' },
            [text, chart].filter(Boolean),
          ),
          h(
            'div',
            {
              display: 'flex',
              justifyContent: 'space-between',
              alignItems: 'flex-end',
              borderTop: `2px solid ${RULE}`,
              paddingTop: 20,
            },
            [
              h('div', { fontSize: 34, fontWeight: 700, color: INK }, card.site),
              host ? h('div', { fontSize: 28, color: MUTED }, host) : null,
            ].filter(Boolean),
          ),
        ],
      ),
    ],
  );
}

/** Bump when the layout changes, so images drawn by an older layout are not reused. */
const LAYOUT_VERSION = '2';

/**
 * Draws one preview image (PNG, 1200×630). Images are kept in `node_modules/.cache` by what they
 * show, so a rebuild draws only the records that changed.
 */
export async function drawPreview(
  card: PreviewCard,
  host: string,
  font = fonts(),
  cache = true,
): Promise<Buffer> {
  const key = createHash('sha256')
    .update(JSON.stringify({ card, host, LAYOUT_VERSION }))
    .digest('hex')
    .slice(0, 24);
  const cacheDir = join(ROOT, 'node_modules', '.cache', 'iron-river-previews');
  const cached = join(cacheDir, `${key}.png`);
  if (cache && existsSync(cached)) return readFileSync(cached);
  const svg = await satori(layout(card, host) as never, { ...PREVIEW_SIZE, fonts: font });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: PREVIEW_SIZE.width } }).render().asPng();
  if (png.length > PREVIEW_MAX_BYTES)
    throw new Error(`preview ${card.file} is ${String(png.length)} bytes, over ${String(PREVIEW_MAX_BYTES)}`);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, png);
  return png;
}

/**
 * Link preview images (src/config/og.ts names them in each page's `og:image`): one per event,
 * storyline and metric panel in each language, and one for the site's other pages, drawn from the
 * validated dataset (build/lib/previews.ts says what each shows). A `VITE_DATA_URL` build draws
 * only the site's own.
 */
export function previews(dir: string, site: Site, dataUrl: string | undefined): Plugin {
  return {
    name: 'iron-river-previews',
    apply: 'build',
    async generateBundle() {
      const [lib, dataset] = await Promise.all([buildLib(), dataUrl ? null : loadDataset(dir)]);
      const host = site.local ? '' : new URL(site.url).host;
      const font = fonts();
      // PREVIEW_CACHE=0 draws every image afresh (the benchmark's build time is a clean checkout's).
      const cache = process.env.PREVIEW_CACHE !== '0';
      for (const card of lib.previewCards(dataset)) {
        this.emitFile({
          type: 'asset',
          fileName: card.file,
          source: await drawPreview(card, host, font, cache),
        });
      }
    },
  };
}
