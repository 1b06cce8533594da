import { cutAtWord } from '@/lib/words';
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { seriesColour, step as stepIn, type Marker, type SpanPoint } from './types';

/** A round number at or above `value` (1, 2, 2.5 or 5 times a power of ten): the strip's ticks halve it. */
export function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const factor = [1, 2, 2.5, 5, 10].find((s) => s * power >= value) ?? 10;
  return factor * power;
}

/** The item a key moves to from the one with id `current`. */
const step = <T extends { id: string }>(items: readonly T[], current: string | null, key: string) =>
  stepIn(
    items,
    items.findIndex((d) => d.id === current),
    key,
  );

/**
 * A compact chart of figures over their periods, drawn in plain SVG on a
 * time scale given from outside (the timeline's). It lines up with that
 * axis pixel for pixel and redraws cheaply while the axis pans, which a
 * general chart library does not; and it keeps Recharts out of the
 * timeline's JavaScript. Same encoding as the panel chart: a bar over each
 * period with a dot at its middle, ranges as bands, disputed figures dashed,
 * policy events as lines or shaded spans.
 */
interface Props {
  title: string;
  desc: string;
  /** Width of the label column on the left (the axis's), where the value ticks go. */
  labelWidth: number;
  /** Width of the plot area (the axis's). */
  width: number;
  height: number;
  view: { start: number; end: number };
  data: SpanPoint[];
  colourOf: (series: string) => number;
  /** Upper end of the value scale; by default a round number above the largest figure (all of `data`, not just what is in view, so panning never rescales). */
  max?: number;
  ticks: { t: number; label: string }[];
  markers: Marker[];
  formatValue: (value: number) => string;
  /** Plain text of a datum for screen readers. */
  label: (id: string) => string;
  /** Rich text of a datum, shown on hover or focus. */
  describe: (id: string) => ReactNode;
  onMarker: (id: string) => void;
  /** Accessible name of the group of policy-event markers. */
  markersLabel: string;
  /**
   * Drawn this many times larger, text and marks alike (a slide read from the back of a room): the
   * strip is laid out at `labelWidth + width` by `height` and shown `scale` times that size.
   */
  scale?: number;
}

const TOP = 14;

const BOTTOM = 18;
const INTERVAL_ROW = 16;

/** The height of an IntervalStrip of this many rows (so a box can hold its place before it is drawn). */
export function intervalStripHeight(rows: number): number {
  return rows * INTERVAL_ROW + BOTTOM + 6;
}

export function SpanStrip({
  title,
  desc,
  labelWidth,
  width,
  height,
  view,
  data,
  colourOf,
  max: maxProp,
  ticks,
  markers,
  formatValue,
  label,
  describe,
  onMarker,
  markersLabel,
  scale = 1,
}: Props) {
  const id = useId();
  const [active, setActive] = useState<string | null>(null);
  const max = maxProp ?? niceMax(Math.max(0, ...data.map((d) => d.value ?? d.high ?? d.low ?? 0)) * 1.05);
  const plotH = height - TOP - BOTTOM;
  const span = Math.max(1, view.end - view.start);
  const x = (t: number) => labelWidth + ((t - view.start) / span) * width;
  const y = (v: number) => TOP + plotH - (v / max) * plotH;
  const clipId = `${id}-clip`;
  const visible = data
    .filter((d) => d.end >= view.start && d.start <= view.end && (d.value ?? d.high ?? d.low) !== null)
    .sort((a, b) => a.start - b.start);
  const focusTarget = visible.some((d) => d.id === active) ? active : (visible[0]?.id ?? null);
  const activeDatum = visible.find((d) => d.id === active);

  function onKeyDown(e: KeyboardEvent<SVGGElement>) {
    const next = step(visible, focusTarget, e.key);
    if (!next) {
      if (e.key === 'Escape') setActive(null);
      return;
    }
    e.preventDefault();
    setActive(next.id);
    document.getElementById(`${id}-${next.id}`)?.focus();
  }

  // Policy-event markers: one tab stop, arrows move, Enter or Space selects.
  const [markerFocus, setMarkerFocus] = useState<string | null>(null);
  const markerTarget = markers.some((m) => m.id === markerFocus)
    ? markerFocus
    : (markers.find((m) => m.highlighted)?.id ?? markers[0]?.id ?? null);
  function onMarkerKey(e: KeyboardEvent<SVGGElement>) {
    if ((e.key === 'Enter' || e.key === ' ') && markerTarget) {
      e.preventDefault();
      onMarker(markerTarget);
      return;
    }
    const next = step(markers, markerTarget, e.key);
    if (!next) return;
    e.preventDefault();
    setMarkerFocus(next.id);
    document.getElementById(`${id}-m-${next.id}`)?.focus();
  }

  const tipLeft = activeDatum
    ? Math.min(Math.max(x(Math.max(activeDatum.mid, view.start)), labelWidth), labelWidth + width)
    : 0;
  return (
    <div className="span-strip" style={{ height: height * scale }}>
      <svg
        width={(labelWidth + width) * scale}
        height={height * scale}
        viewBox={scale === 1 ? undefined : `0 0 ${String(labelWidth + width)} ${String(height)}`}
        role="group"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{desc}</desc>
        <defs>
          <clipPath id={clipId}>
            <rect x={labelWidth} y={0} width={width} height={height} />
          </clipPath>
        </defs>
        <g aria-hidden="true" className="strip-grid">
          {[0, max / 2, max].map((v) => (
            <g key={v}>
              <line x1={labelWidth} x2={labelWidth + width} y1={y(v)} y2={y(v)} />
              <text x={labelWidth - 6} y={y(v)} dy="0.32em" textAnchor="end">
                {formatValue(v)}
              </text>
            </g>
          ))}
          {ticks.map((tick) => (
            <g key={tick.t}>
              <line x1={x(tick.t)} x2={x(tick.t)} y1={TOP} y2={TOP + plotH} />
              {/* Ended at the plot's right edge when centring would cut it there. */}
              <text
                x={Math.min(x(tick.t), labelWidth + width)}
                y={height - 4}
                textAnchor={x(tick.t) > labelWidth + width - 3.4 * tick.label.length ? 'end' : 'middle'}
              >
                {tick.label}
              </text>
            </g>
          ))}
        </g>
        <g clipPath={`url(#${clipId})`}>
          {/* Periods of policy programmes shade the plot under the figures. */}
          <g aria-hidden="true">
            {markers
              .filter((m) => m.isSpan)
              .map((m) => (
                <rect
                  key={m.id}
                  className={`strip-span${m.highlighted ? ' highlighted' : ''}`}
                  x={x(m.start)}
                  width={Math.max(1, x(m.end) - x(m.start))}
                  y={TOP}
                  height={plotH}
                />
              ))}
          </g>
          <g role="list" aria-label={title} onKeyDown={onKeyDown}>
            {visible.map((d) => {
              const colour = seriesColour(colourOf(d.series));
              const band = d.value === null && d.low !== null && d.high !== null;
              const v = d.value ?? d.high ?? d.low ?? 0;
              return (
                <g
                  key={d.id}
                  id={`${id}-${d.id}`}
                  role="listitem"
                  tabIndex={d.id === focusTarget ? 0 : -1}
                  aria-label={label(d.id)}
                  className={`strip-datum${d.id === active ? ' active' : ''}`}
                  onFocus={() => {
                    setActive(d.id);
                  }}
                  onBlur={() => {
                    setActive(null);
                  }}
                  onPointerEnter={() => {
                    setActive(d.id);
                  }}
                  onPointerLeave={() => {
                    setActive(null);
                  }}
                >
                  {band ? (
                    <rect
                      x={x(d.start)}
                      width={Math.max(2, x(d.end) - x(d.start))}
                      y={y(d.high ?? 0)}
                      height={Math.max(2, y(d.low ?? 0) - y(d.high ?? 0))}
                      fill={colour}
                      fillOpacity={0.35}
                      stroke={colour}
                    />
                  ) : (
                    <line
                      x1={x(d.start)}
                      x2={Math.max(x(d.end), x(d.start) + 2)}
                      y1={y(v)}
                      y2={y(v)}
                      stroke={colour}
                      strokeWidth={4}
                      strokeDasharray={d.disputed ? '6 3' : undefined}
                    />
                  )}
                  <circle cx={x(d.mid)} cy={y(v)} r={3.5} fill={colour} />
                  {/* A wider invisible target, easier to hover and tap. */}
                  <rect
                    className="strip-hit"
                    x={x(d.start) - 4}
                    width={Math.max(10, x(d.end) - x(d.start) + 8)}
                    y={y(v) - 8}
                    height={16}
                  />
                </g>
              );
            })}
          </g>
          {/* Markers sit above the figures so they can be chosen; a period's handle is a tab along the top. */}
          <g
            role={markers.length > 0 ? 'toolbar' : undefined}
            aria-label={markers.length > 0 ? markersLabel : undefined}
            onKeyDown={onMarkerKey}
          >
            {markers.map((m) => (
              <g
                key={m.id}
                id={`${id}-m-${m.id}`}
                role="button"
                tabIndex={m.id === markerTarget ? 0 : -1}
                aria-label={m.label}
                aria-pressed={m.highlighted}
                className={`strip-marker${m.highlighted ? ' highlighted' : ''}`}
                onClick={() => {
                  onMarker(m.id);
                }}
              >
                <title>{m.label}</title>
                {m.isSpan ? (
                  <rect
                    className="strip-tab"
                    x={x(m.start)}
                    width={Math.max(4, x(m.end) - x(m.start))}
                    y={TOP - 6}
                    height={6}
                  />
                ) : (
                  <>
                    <line
                      className="strip-line"
                      x1={x(m.start)}
                      x2={x(m.start)}
                      y1={TOP - 4}
                      y2={TOP + plotH}
                    />
                    <rect
                      className="strip-line-hit"
                      x={x(m.start) - 6}
                      width={12}
                      y={TOP - 6}
                      height={plotH + 6}
                    />
                  </>
                )}
              </g>
            ))}
          </g>
          {markers
            .filter((m) => m.highlighted)
            .map((m) => {
              // Label on the side with more room, so it is not cut at the edge.
              const right = x(m.start) > labelWidth + width * 0.55;
              return (
                <text
                  key={m.id}
                  className="strip-marker-label"
                  x={x(m.start) + (right ? -5 : 5)}
                  y={TOP - 4}
                  textAnchor={right ? 'end' : 'start'}
                >
                  {cutAtWord(m.label, 44)}
                </text>
              );
            })}
        </g>
      </svg>
      {activeDatum ? (
        <div
          className="chart-tooltip strip-tooltip"
          style={{
            left: tipLeft * scale,
            transform: tipLeft > labelWidth + width / 2 ? 'translateX(-100%)' : undefined,
          }}
          aria-hidden="true"
        >
          {describe(activeDatum.id)}
        </div>
      ) : null}
    </div>
  );
}

/**
 * A small plain-SVG chart of estimates as intervals, one row each (the /metrics grid's preview):
 * a bar from low to high, a dot at the central figure. Linear from zero, or logarithmic between
 * powers of ten when `log` (the caller says so in words).
 */
export function IntervalStrip({
  title,
  desc,
  width,
  rows,
  log,
  formatValue,
  label,
}: {
  title: string;
  desc: string;
  width: number;
  rows: { id: string; range: [number, number]; value: number | null }[];
  log: boolean;
  formatValue: (value: number) => string;
  label: (id: string) => string;
}) {
  const id = useId();
  const height = intervalStripHeight(rows.length);
  const values = rows.flatMap((r) => [...r.range, r.value ?? r.range[0]]).filter((v) => v > 0);
  const top = Math.max(1, ...values);
  const lo = log ? 10 ** Math.floor(Math.log10(Math.min(...values))) : 0;
  const hi = log ? 10 ** Math.ceil(Math.log10(top)) : niceMax(top);
  const pad = 8;
  const plot = Math.max(40, width - pad * 2);
  const x = (v: number) =>
    pad +
    (log ? (Math.log10(Math.max(v, lo)) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo)) : v / hi) *
      plot;
  const tickValues: number[] = [];
  if (log) for (let t = lo; t <= hi; t *= 10) tickValues.push(t);
  else tickValues.push(0, hi / 2, hi);
  return (
    <svg
      className="interval-strip"
      width={width}
      height={height}
      role="img"
      aria-labelledby={`${id}-t`}
      aria-describedby={`${id}-d`}
    >
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{`${desc} ${rows.map((r) => label(r.id)).join('; ')}`}</desc>
      <g className="strip-grid" aria-hidden="true">
        {tickValues.map((t, i) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={0} y2={height - BOTTOM} />
            <text
              x={x(t)}
              y={height - 4}
              textAnchor={i === 0 ? 'start' : i === tickValues.length - 1 ? 'end' : 'middle'}
            >
              {formatValue(t)}
            </text>
          </g>
        ))}
      </g>
      {rows.map((r, i) => {
        const y = 4 + i * INTERVAL_ROW + INTERVAL_ROW / 2;
        return (
          <g key={r.id}>
            <title>{label(r.id)}</title>
            <rect
              x={x(r.range[0])}
              width={Math.max(3, x(r.range[1]) - x(r.range[0]))}
              y={y - 4}
              height={8}
              fill="var(--chart-1)"
              fillOpacity={0.55}
            />
            {r.value !== null ? <circle cx={x(r.value)} cy={y} r={3.5} fill="var(--chart-2)" /> : null}
          </g>
        );
      })}
    </svg>
  );
}
