import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  ReferenceArea,
  ReferenceLine,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
  type YAxisTickContentProps,
} from 'recharts';
import type { ReactNode } from 'react';
import { useWidth } from '@/lib/use-width';

/**
 * Stateless renderers for prepared series (see features/metrics/lib/to-chart-series.ts).
 * This folder is the only place that imports Recharts. Formatting comes in as functions,
 * so every number and date follows the active language.
 */

/** A figure over its period, as prepared by toTimeSpans (only the fields the chart draws). */
export interface SpanPoint {
  id: string;
  series: string;
  start: number;
  end: number;
  mid: number;
  value: number | null;
  low: number | null;
  high: number | null;
  disputed: boolean;
}

export interface Marker {
  id: string;
  label: string;
  start: number;
  end: number;
  isSpan: boolean;
  highlighted: boolean;
}

interface Common {
  title: string;
  desc: string;
  formatValue: (value: number) => string;
  /** Text shown on hover or focus for a datum id. */
  describe: (id: string) => ReactNode;
}

const COLORS = ['var(--chart-1)', 'var(--chart-2)', 'var(--chart-3)', 'var(--chart-4)'];

/** Tooltip content for hover and keyboard focus: the exact figure, period and source of the datum. */
function tooltipFor(
  describe: (id: string) => ReactNode,
  fallback?: (datum: Record<string, unknown>) => ReactNode,
) {
  return function TooltipContent({
    active,
    payload,
  }: {
    active?: boolean;
    payload?: readonly { payload?: Record<string, unknown> }[];
  }) {
    const datum = payload?.[0]?.payload;
    if (!active || !datum) return null;
    const id = typeof datum.id === 'string' ? datum.id : null;
    const body = id ? describe(id) : fallback?.(datum);
    return body ? <div className="chart-tooltip">{body}</div> : null;
  };
}

/** Ticks on 1 January, every year or every few years, instead of at data points. */
function yearTicks(domain: [number, number]): number[] {
  const firstYear = new Date(domain[0]).getUTCFullYear() + 1;
  const lastYear = new Date(domain[1]).getUTCFullYear();
  const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 10));
  const ticks: number[] = [];
  for (let y = firstYear; y <= lastYear; y += step) ticks.push(Date.UTC(y, 0, 1));
  return ticks;
}

/** Observations over the periods they cover: a bar per span, a dot at its middle, markers for policy events. */
export function TimeSpanChart({
  title,
  desc,
  data,
  series,
  seriesLabel,
  domain,
  markers,
  formatValue,
  formatTime,
  describe,
  onMarker,
  colourOf,
}: Common & {
  data: SpanPoint[];
  series: string[];
  seriesLabel: (series: string) => string;
  domain: [number, number];
  markers: Marker[];
  formatTime: (t: number) => string;
  onMarker: (id: string) => void;
  /** Colour index of each series (defaults to its position in `series`). */
  colourOf?: (series: string) => number;
}) {
  const points = data.filter((d) => d.value !== null || d.high !== null);
  const colour = (s: string) => COLORS[(colourOf?.(s) ?? series.indexOf(s)) % COLORS.length];
  return (
    <ComposedChart
      className="metric-chart"
      responsive
      style={{ width: '100%', aspectRatio: '16 / 8', maxHeight: 460 }}
      data={points}
      margin={{ top: 24, right: 24, bottom: 8, left: 8 }}
      title={title}
      desc={desc}
    >
      <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
      <XAxis
        type="number"
        dataKey="mid"
        domain={domain}
        scale="time"
        ticks={yearTicks(domain)}
        tickFormatter={formatTime}
        stroke="var(--muted)"
        allowDataOverflow
      />
      <YAxis
        type="number"
        tickFormatter={formatValue}
        stroke="var(--muted)"
        width={88}
        domain={[0, 'auto']}
      />
      {markers.map((m) =>
        m.isSpan ? (
          <ReferenceArea
            key={m.id}
            x1={m.start}
            x2={m.end}
            fill="var(--marker)"
            fillOpacity={m.highlighted ? 0.3 : 0.12}
            ifOverflow="hidden"
            style={{ cursor: 'pointer' }}
            onClick={() => {
              onMarker(m.id);
            }}
          />
        ) : (
          <ReferenceLine
            key={m.id}
            x={m.start}
            stroke="var(--marker)"
            strokeWidth={m.highlighted ? 3 : 1.5}
            strokeDasharray={m.highlighted ? undefined : '4 3'}
            ifOverflow="hidden"
            label={
              m.highlighted
                ? { value: m.label, position: 'insideTopLeft', fill: 'var(--text)', fontSize: 12 }
                : undefined
            }
            style={{ cursor: 'pointer' }}
            onClick={() => {
              onMarker(m.id);
            }}
          />
        ),
      )}
      {points.map((p) => {
        const color = colour(p.series);
        const y = p.value ?? p.high ?? 0;
        return p.low !== null && p.high !== null && p.value === null ? (
          <ReferenceArea
            key={p.id}
            x1={p.start}
            x2={p.end}
            y1={p.low}
            y2={p.high}
            fill={color}
            fillOpacity={0.35}
            stroke={color}
            ifOverflow="hidden"
          />
        ) : (
          <ReferenceLine
            key={p.id}
            segment={[
              { x: p.start, y },
              { x: p.end, y },
            ]}
            stroke={color}
            strokeWidth={6}
            strokeDasharray={p.disputed ? '6 3' : undefined}
            ifOverflow="hidden"
          />
        );
      })}
      {series.map((s) => (
        <Scatter
          key={s}
          name={seriesLabel(s)}
          data={points.filter((p) => p.series === s).map((p) => ({ ...p, y: p.value ?? p.high }))}
          dataKey="y"
          fill={colour(s)}
          isAnimationActive={false}
        />
      ))}
      <Tooltip cursor={false} content={tooltipFor(describe)} />
    </ComposedChart>
  );
}

/** Calendar years as bars; a year without a published figure is an empty slot, never a zero. */
export function AnnualBarChart({
  title,
  desc,
  data,
  formatValue,
  describe,
  gapLabel,
}: Common & {
  data: { year: number; value: number | null; id: string | null }[];
  gapLabel: string;
}) {
  return (
    <BarChart
      className="metric-chart"
      responsive
      style={{ width: '100%', aspectRatio: '16 / 8', maxHeight: 460 }}
      data={data}
      margin={{ top: 24, right: 24, bottom: 8, left: 8 }}
      title={title}
      desc={desc}
    >
      <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
      <XAxis dataKey="year" stroke="var(--muted)" />
      <YAxis tickFormatter={formatValue} stroke="var(--muted)" width={88} />
      <Bar dataKey="value" fill="var(--chart-1)" isAnimationActive={false} />
      <Tooltip
        cursor={{ fill: 'var(--surface-2)' }}
        content={tooltipFor(describe, (datum) => `${String(datum.year)}: ${gapLabel}`)}
      />
    </BarChart>
  );
}

/** Each estimator's figure or range as its own horizontal interval, in the order they were published. */
export function IntervalChart({
  title,
  desc,
  data,
  formatValue,
  describe,
  log = false,
}: Common & {
  data: { id: string; name: string; range: [number, number]; value: number | null }[];
  /** A logarithmic value scale (figures orders of magnitude apart); the caller says so in words. */
  log?: boolean;
}) {
  const [measure, width] = useWidth();
  // A log scale runs between powers of ten, with a tick at each.
  const positive = data.flatMap((d) => d.range).filter((v) => v > 0);
  const logDomain: [number, number] = [
    10 ** Math.floor(Math.log10(positive.length > 0 ? Math.min(...positive) : 1)),
    10 ** Math.ceil(Math.log10(positive.length > 0 ? Math.max(...positive) : 10)),
  ];
  const logTicks: number[] = [];
  for (let t = logDomain[0]; t <= logDomain[1]; t *= 10) logTicks.push(t);
  // On a phone the names go above their bars, so the bars keep the whole width.
  const narrow = width > 0 && width < 560;
  const nameTick = ({ x, y, payload }: YAxisTickContentProps) => {
    const name = String(payload.value);
    return (
      <text x={Number(x) + 2} y={Number(y) - 13} fontSize={11} fill="var(--muted)" textAnchor="start">
        {name.length > 52 ? `${name.slice(0, 51)}…` : name}
      </text>
    );
  };
  return (
    <div ref={measure}>
      <ComposedChart
        className="metric-chart"
        layout="vertical"
        responsive
        style={{ width: '100%', height: Math.max(240, data.length * 56 + 60) }}
        data={data}
        margin={
          narrow ? { top: 20, right: 20, bottom: 8, left: 0 } : { top: 16, right: 32, bottom: 8, left: 8 }
        }
        title={title}
        desc={desc}
      >
        <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" horizontal={false} />
        <XAxis
          type="number"
          tickFormatter={formatValue}
          stroke="var(--muted)"
          domain={log ? logDomain : [0, 'auto']}
          scale={log ? 'log' : 'auto'}
          ticks={log ? logTicks : undefined}
          allowDataOverflow={log}
          fontSize={narrow ? 11 : undefined}
          tickCount={narrow ? 4 : undefined}
        />
        <YAxis
          type="category"
          dataKey="name"
          width={narrow ? 8 : 220}
          stroke="var(--muted)"
          tick={narrow ? nameTick : { fontSize: 12 }}
          interval={0}
        />
        <Bar
          dataKey="range"
          fill="var(--chart-1)"
          fillOpacity={0.55}
          barSize={14}
          minPointSize={3}
          isAnimationActive={false}
        />
        <Scatter dataKey="value" fill="var(--chart-2)" isAnimationActive={false} />
        <Tooltip cursor={{ fill: 'var(--surface-2)' }} content={tooltipFor(describe)} />
      </ComposedChart>
    </div>
  );
}
