import { cutAtWord } from '@/lib/words';
import {
  createContext,
  use,
  useId,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { captionBelowX, captionSide } from './caption';
import {
  CartesianGrid,
  ComposedChart,
  XAxis,
  YAxis,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
} from 'recharts';
import { useWidth } from '@/lib/use-width';
import {
  niceMax,
  niceTicks,
  PALETTE_SIZE,
  placeBadges,
  seriesColour,
  step,
  type Marker,
  type MarkText,
  type SpanPoint,
} from './types';

/**
 * The metric panels' charts. Recharts draws the frame (axes, grid, scales, policy-event markers);
 * the figures are marks of our own, drawn with Recharts' scales, so that a tooltip belongs to the
 * mark under the pointer or keyboard focus and to nothing else, and every mark can be reached with
 * the keyboard (Tab to the chart, then the arrow keys, Home and End; Escape leaves). Stateless
 * otherwise: figures come prepared (features/metrics/lib/encodings.ts) and formatting comes in as
 * functions, so every number and date follows the active language. This folder is the only place
 * that imports Recharts.
 */

export type { Marker, SpanPoint } from './types';

const COLORS = Array.from({ length: PALETTE_SIZE }, (_, i) => seriesColour(i));
const colourAt = (i: number): string =>
  COLORS[((i % COLORS.length) + COLORS.length) % COLORS.length] ?? 'var(--chart-1)';
const MARGIN = { top: 48, right: 24, bottom: 8, left: 8 };
const WIDE = { width: '100%', aspectRatio: '16 / 8', maxHeight: 460 };

// ---------------------------------------------------------------------------------------------
// The frame: one tooltip per chart, owned by the mark that asked for it.

interface Tip {
  id: string;
  x: number;
  y: number;
  right: boolean;
}
interface Frame {
  show: (id: string, target: Element) => void;
  hide: () => void;
}
const FrameContext = createContext<Frame | null>(null);

/**
 * A chart's box: keyboard entry (Tab lands here; an arrow, Home or End moves into the marks) and
 * the tooltip of whichever mark is hovered or focused.
 */
function ChartFrame({
  label,
  describe,
  children,
}: {
  label: string;
  describe: MarkText['describe'];
  children: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [tip, setTip] = useState<Tip | null>(null);
  const frame: Frame = {
    show(id, target) {
      const outer = box.current?.getBoundingClientRect();
      const r = target.getBoundingClientRect();
      if (!outer) return;
      const x = r.left + r.width / 2 - outer.left;
      setTip({ id, x, y: r.top - outer.top, right: x > outer.width * 0.6 });
    },
    hide() {
      setTip(null);
    },
  };
  const marks = () => [...(box.current?.querySelectorAll<SVGElement>('[data-mark]') ?? [])];
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return;
    const list = marks();
    const next = e.key === 'End' ? list.at(-1) : step(list, -1, e.key);
    if (next) {
      e.preventDefault();
      next.focus();
    }
  };
  const body = tip ? describe(tip.id) : null;
  return (
    <FrameContext value={frame}>
      <div
        ref={box}
        className="chart-frame"
        role="group"
        aria-label={label}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onMouseLeave={frame.hide}
      >
        {children}
        {tip && body ? (
          <div
            className={tip.right ? 'chart-tooltip at-right' : 'chart-tooltip'}
            style={{ left: tip.x, top: tip.y }}
            aria-hidden="true"
          >
            {body}
          </div>
        ) : null}
      </div>
    </FrameContext>
  );
}

/** The props that make an SVG element a figure's mark: named, hoverable, focusable, steppable. */
function useMark(id: string, label: string) {
  const frame = use(FrameContext);
  return {
    'data-mark': id,
    role: 'img',
    'aria-label': label,
    tabIndex: -1,
    className: 'chart-mark',
    onMouseEnter: (e: MouseEvent<SVGElement>) => frame?.show(id, e.currentTarget),
    onMouseLeave: () => frame?.hide(),
    onFocus: (e: FocusEvent<SVGElement>) => frame?.show(id, e.currentTarget),
    onBlur: () => frame?.hide(),
    onKeyDown: (e: KeyboardEvent<SVGElement>) => {
      const owner = e.currentTarget.closest<HTMLElement>('.chart-frame');
      if (e.key === 'Escape') {
        owner?.focus();
        return;
      }
      const list = [...(owner?.querySelectorAll<SVGElement>('[data-mark]') ?? [])];
      const next = step(list, list.indexOf(e.currentTarget), e.key);
      if (next) {
        e.preventDefault();
        next.focus();
      }
    },
  };
}

/**
 * Ticks on 1 January, every year or every few years; on a span of under three years, also on the
 * first of every third month, so a chart of a few months is not left with one tick.
 */
function timeTicks(domain: readonly [number, number]): number[] {
  const first = new Date(domain[0]);
  const last = new Date(domain[1]);
  const years = (domain[1] - domain[0]) / (365.25 * 86_400_000);
  const ticks: number[] = [];
  if (years < 3) {
    for (let y = first.getUTCFullYear(); y <= last.getUTCFullYear(); y++)
      for (let month = 0; month < 12; month += 3) {
        const t = Date.UTC(y, month, 1);
        if (t >= domain[0] && t <= domain[1]) ticks.push(t);
      }
    return ticks;
  }
  const every = Math.max(1, Math.ceil(years / 10));
  for (let y = first.getUTCFullYear() + 1; y <= last.getUTCFullYear(); y += every)
    ticks.push(Date.UTC(y, 0, 1));
  return ticks;
}

/** Past this many, policy events are not drawn (a barcode helps no one); the page says so. */
const MAX_MARKERS = 15;

/**
 * Policy events on a time chart: a line at a day, a shaded span for a period, each numbered at the
 * top (numbers that would overlap step down a row), matching the numbered list of marked events.
 */
function EventMarks({ markers, onMarker }: { markers: readonly Marker[]; onMarker: (id: string) => void }) {
  const x = useXAxisScale();
  const plot = usePlotArea();
  if (!x || !plot) return null;
  const spans = [...markers]
    .sort((a, b) => a.start - b.start)
    .map((m) => {
      const x1 = Math.max(plot.x, Math.min(plot.x + plot.width, x(m.start) ?? plot.x));
      const x2 = Math.max(x1, Math.min(plot.x + plot.width, x(m.end) ?? x1));
      return { m, x1, x2, cx: m.isSpan ? (x1 + x2) / 2 : x1 };
    });
  // Badges in up to three rows; where more fall close together, moved right, with a leader line.
  const badges = placeBadges(
    spans.map((s) => s.cx),
    plot.x + plot.width + MARGIN.right - 8,
  );
  const placed = spans.map((s, i) => ({ ...s, bx: badges[i]?.x ?? s.cx, row: badges[i]?.row ?? 0 }));
  return (
    <g className="chart-events">
      {placed.map(({ m, x1, x2, cx, bx, row }) => (
        <g
          key={m.id}
          className={m.highlighted ? 'chart-event highlighted' : 'chart-event'}
          onClick={() => {
            onMarker(m.id);
          }}
        >
          <title>{m.n === undefined ? m.label : `${String(m.n)}. ${m.label}`}</title>
          {m.isSpan ? (
            <rect
              x={x1}
              y={plot.y}
              width={Math.max(x2 - x1, 1)}
              height={plot.height}
              fill="var(--marker)"
              fillOpacity={m.highlighted ? 0.3 : 0.12}
            />
          ) : (
            <line
              x1={x1}
              x2={x1}
              y1={plot.y}
              y2={plot.y + plot.height}
              stroke="var(--marker)"
              strokeWidth={m.highlighted ? 3 : 1.5}
              strokeDasharray="2 3"
            />
          )}
          {m.n === undefined ? null : (
            <>
              {bx === cx ? null : (
                <line
                  x1={bx}
                  y1={plot.y - 27.5 + row * 13}
                  x2={cx}
                  y2={plot.y}
                  stroke="var(--marker)"
                  strokeWidth={0.75}
                />
              )}
              <circle
                cx={bx}
                cy={plot.y - 34 + row * 13}
                r={6.5}
                fill="var(--surface)"
                stroke="var(--marker)"
              />
              <text x={bx} y={plot.y - 30.5 + row * 13} fontSize={9} textAnchor="middle" fill="var(--text)">
                {m.n}
              </text>
            </>
          )}
        </g>
      ))}
    </g>
  );
}

interface TimeProps extends MarkText {
  title: string;
  desc: string;
  domain: [number, number];
  markers: Marker[];
  formatValue: (value: number) => string;
  formatTime: (t: number) => string;
  onMarker: (id: string) => void;
  /** Colour index of each series. */
  colourOf: (series: string) => number;
  /** The value axis (default: zero to a round number above the largest figure). */
  yDomain?: [number, number];
}

/** The time frame every time chart shares: years on 1 January, values from zero, event markers. */
function TimeFrame({
  title,
  desc,
  domain,
  yMax,
  yDomain,
  markers,
  formatValue,
  formatTime,
  onMarker,
  children,
}: Omit<TimeProps, 'label' | 'describe' | 'colourOf'> & { yMax: number; children: ReactNode }) {
  const yTicks = niceTicks(yMax * 1.05);
  return (
    <ComposedChart
      accessibilityLayer={false}
      className="metric-chart"
      responsive
      style={WIDE}
      margin={MARGIN}
      title={title}
      desc={desc}
    >
      <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
      <XAxis
        type="number"
        dataKey="t"
        domain={domain}
        scale="time"
        ticks={timeTicks(domain)}
        tickFormatter={formatTime}
        stroke="var(--muted)"
        allowDataOverflow
      />
      <YAxis
        type="number"
        tickFormatter={formatValue}
        stroke="var(--muted)"
        width={88}
        domain={yDomain ?? [0, yTicks.at(-1) ?? 1]}
        ticks={yDomain ? undefined : yTicks}
        allowDataOverflow
      />
      {children}
      {markers.length <= MAX_MARKERS || markers.some((m) => m.highlighted) ? (
        <EventMarks
          markers={markers.length <= MAX_MARKERS ? markers : markers.filter((m) => m.highlighted)}
          onMarker={onMarker}
        />
      ) : null}
    </ComposedChart>
  );
}

// ---------------------------------------------------------------------------------------------
// Figures over their periods

function SpanMark({ point, colour, text }: { point: SpanPoint; colour: string; text: MarkText }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const mark = useMark(point.id, text.label(point.id));
  if (!x || !y) return null;
  const x1 = x(point.start) ?? 0;
  const x2 = Math.max(x(point.end) ?? 0, x1 + 2);
  if (point.value === null && point.low !== null && point.high !== null) {
    const top = y(point.high) ?? 0;
    const bottom = y(point.low) ?? 0;
    return (
      <rect
        {...mark}
        x={x1}
        y={top}
        width={x2 - x1}
        height={Math.max(bottom - top, 2)}
        fill={colour}
        fillOpacity={0.3}
        stroke={colour}
        strokeDasharray={point.disputed ? '6 3' : undefined}
      />
    );
  }
  const v = y(point.value ?? point.high ?? point.low ?? 0) ?? 0;
  const mid = x(point.mid) ?? (x1 + x2) / 2;
  return (
    <g {...mark}>
      {/* A bar over one about as high for the same years is thin, on top, so neither hides the other. */}
      <line
        x1={x1}
        x2={x2}
        y1={v}
        y2={v}
        stroke={colour}
        strokeWidth={point.nested ? 2.5 : 6}
        strokeDasharray={point.disputed ? '6 3' : undefined}
      />
      <circle
        cx={mid}
        cy={v}
        r={point.nested ? 4 : 5}
        fill={colour}
        stroke="var(--surface)"
        strokeWidth={1.5}
      />
      {/* A wider invisible target, so a short period is still easy to point at. */}
      <rect x={x1 - 4} y={v - 9} width={x2 - x1 + 8} height={18} fill="transparent" />
    </g>
  );
}

/** Figures over the periods they cover: a bar over each period with a dot at its middle; ranges as bands; disputed figures dashed. */
export function TimeSpanChart({
  data,
  colourOf,
  label,
  describe,
  ...frame
}: TimeProps & { data: SpanPoint[] }) {
  const points = data.filter((d) => d.value !== null || d.high !== null || d.low !== null);
  const yMax = Math.max(0, ...points.map((p) => p.value ?? p.high ?? p.low ?? 0));
  const text = { label, describe };
  return (
    <ChartFrame label={frame.title} describe={describe}>
      <TimeFrame {...frame} yMax={yMax}>
        {points.map((p) => (
          <SpanMark key={p.id} point={p} colour={colourAt(colourOf(p.series))} text={text} />
        ))}
      </TimeFrame>
    </ChartFrame>
  );
}

// ---------------------------------------------------------------------------------------------
// Running totals

export interface StepLine {
  series: string;
  since: number;
  points: { id: string; t: number; value: number; disputed: boolean }[];
}

function StepPath({ line, colour }: { line: StepLine; colour: string }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y || line.points.length === 0) return null;
  const px = (t: number) => x(t) ?? 0;
  const py = (v: number) => y(v) ?? 0;
  const [first, ...rest] = line.points;
  if (!first) return null;
  let d = `M${String(px(first.t))},${String(py(first.value))}`;
  for (const p of rest) d += `H${String(px(p.t))}V${String(py(p.value))}`;
  return (
    <g aria-hidden="true">
      {/* Where the count starts: a faint line along the axis up to the first published total. */}
      <line
        x1={px(line.since)}
        x2={px(first.t)}
        y1={py(0)}
        y2={py(0)}
        stroke={colour}
        strokeWidth={2}
        strokeDasharray="1 4"
      />
      <path d={d} fill="none" stroke={colour} strokeWidth={2.5} />
    </g>
  );
}

function StepDot({
  id,
  t,
  value,
  disputed,
  colour,
  text,
}: StepLine['points'][number] & { colour: string; text: MarkText }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const mark = useMark(id, text.label(id));
  if (!x || !y) return null;
  return (
    <circle
      {...mark}
      cx={x(t) ?? 0}
      cy={y(value) ?? 0}
      r={6}
      fill={disputed ? 'var(--surface)' : colour}
      stroke={colour}
      strokeWidth={2.5}
    />
  );
}

/** Running totals as steps: flat until the next published total, never a slope between two figures. */
export function StepChart({ lines, colourOf, label, describe, ...frame }: TimeProps & { lines: StepLine[] }) {
  const yMax = Math.max(0, ...lines.flatMap((l) => l.points.map((p) => p.value)));
  const text = { label, describe };
  return (
    <ChartFrame label={frame.title} describe={describe}>
      <TimeFrame {...frame} yMax={yMax}>
        {lines.map((l) => (
          <StepPath key={`path-${l.series}`} line={l} colour={colourAt(colourOf(l.series))} />
        ))}
        {lines.flatMap((l) =>
          l.points.map((p) => (
            <StepDot key={p.id} {...p} colour={colourAt(colourOf(l.series))} text={text} />
          )),
        )}
      </TimeFrame>
    </ChartFrame>
  );
}

// ---------------------------------------------------------------------------------------------
// Annual bars

export interface YearSlot {
  year: number;
  bars: {
    id: string;
    series: string;
    value: number;
    partial: boolean;
    disputed: boolean;
    approximate: boolean;
  }[];
}
export interface YearReference {
  id: string;
  series: string;
  value: number;
  from: number;
  to: number;
}

function YearBars({
  slot,
  colourOf,
  hatch,
  text,
  gapLabel,
}: {
  slot: YearSlot;
  colourOf: (series: string) => number;
  hatch: string;
  text: MarkText;
  gapLabel: string;
}) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const gap = useMark(`gap-${String(slot.year)}`, gapLabel);
  if (!x || !y) return null;
  const left = x(slot.year - 0.4) ?? 0;
  const width = (x(slot.year + 0.4) ?? 0) - left;
  const base = y(0) ?? 0;
  if (slot.bars.length === 0)
    return (
      <rect
        {...gap}
        x={left}
        y={base - 6}
        width={width}
        height={6}
        fill={`url(#${hatch}-gap)`}
        stroke="var(--muted)"
        strokeDasharray="2 2"
      />
    );
  const each = width / slot.bars.length;
  return (
    <>
      {slot.bars.map((b, i) => (
        <YearBar
          key={b.id}
          bar={b}
          x={left + i * each}
          width={each}
          base={base}
          top={y(b.value) ?? base}
          colour={colourOf(b.series)}
          hatch={hatch}
          text={text}
        />
      ))}
    </>
  );
}

function YearBar({
  bar,
  x,
  width,
  base,
  top,
  colour,
  hatch,
  text,
}: {
  bar: YearSlot['bars'][number];
  x: number;
  width: number;
  base: number;
  top: number;
  colour: number;
  hatch: string;
  text: MarkText;
}) {
  const mark = useMark(bar.id, text.label(bar.id));
  const c = colourAt(colour);
  return (
    <g {...mark}>
      <rect
        x={x + 1}
        y={top}
        width={Math.max(width - 2, 2)}
        height={Math.max(base - top, 1)}
        fill={bar.partial ? `url(#${hatch}-${String(colour % COLORS.length)})` : c}
        stroke={bar.disputed || bar.partial ? c : 'none'}
        strokeWidth={bar.disputed ? 2 : 1}
        strokeDasharray={bar.disputed ? '5 3' : undefined}
      />
      {bar.approximate ? (
        <text x={x + width / 2} y={top - 5} fontSize={13} textAnchor="middle" fill="var(--muted)">
          ≈
        </text>
      ) : null}
    </g>
  );
}

function YearReferenceMark({
  reference,
  colour,
  text,
}: {
  reference: YearReference;
  colour: string;
  text: MarkText;
}) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const mark = useMark(reference.id, text.label(reference.id));
  if (!x || !y) return null;
  const v = y(reference.value) ?? 0;
  if (reference.from === reference.to) {
    const cx = x(reference.from) ?? 0;
    return (
      <path
        {...mark}
        d={`M${String(cx)},${String(v - 8)}l8,8l-8,8l-8,-8z`}
        fill="var(--surface)"
        stroke={colour}
        strokeWidth={2.5}
      />
    );
  }
  const x1 = x(reference.from - 0.45) ?? 0;
  const x2 = x(reference.to + 0.45) ?? 0;
  return (
    <g {...mark}>
      <line x1={x1} x2={x2} y1={v} y2={v} stroke={colour} strokeWidth={2.5} strokeDasharray="8 4" />
      <rect x={x1} y={v - 8} width={x2 - x1} height={16} fill="transparent" />
    </g>
  );
}

/**
 * One slot per year, the years between figures included: an empty year is a visibly empty slot
 * (a hatched sliver at the base, with its own tooltip), never a zero bar. Figures sources give
 * differently stand side by side, outlined dashed; a figure for part of a year is hatched. Other
 * measures (an average over several years, a different tally) are drawn as references: a dashed
 * line across the years it covers, or a diamond.
 */
export function AnnualBarChart({
  title,
  desc,
  slots,
  references,
  colourOf,
  yearLabel,
  gapLabel,
  formatValue,
  label,
  describe,
}: MarkText & {
  title: string;
  desc: string;
  slots: YearSlot[];
  references: YearReference[];
  colourOf: (series: string) => number;
  /** A year on the axis ("2019", "FY2019"). */
  yearLabel: (year: number) => string;
  gapLabel: (year: number) => string;
  formatValue: (value: number) => string;
}) {
  const hatch = useId().replace(/:/g, '');
  const first = slots[0]?.year ?? 0;
  const last = slots.at(-1)?.year ?? 0;
  const yMax = Math.max(
    0,
    ...slots.flatMap((s) => s.bars.map((b) => b.value)),
    ...references.map((r) => r.value),
  );
  const yTicks = niceTicks(yMax * 1.05);
  const every = Math.max(1, Math.ceil((last - first + 1) / 14));
  const ticks = slots.map((s) => s.year).filter((y) => (y - first) % every === 0);
  const text = { label, describe };
  return (
    <ChartFrame label={title} describe={describe}>
      <ComposedChart
        accessibilityLayer={false}
        className="metric-chart"
        responsive
        style={WIDE}
        margin={MARGIN}
        title={title}
        desc={desc}
      >
        <defs>
          {COLORS.map((c, i) => (
            <pattern
              key={c}
              id={`${hatch}-${String(i)}`}
              patternUnits="userSpaceOnUse"
              width="6"
              height="6"
              patternTransform="rotate(45)"
            >
              <rect width="6" height="6" fill={c} fillOpacity={0.25} />
              <line x1="0" y1="0" x2="0" y2="6" stroke={c} strokeWidth="3" />
            </pattern>
          ))}
          <pattern
            id={`${hatch}-gap`}
            patternUnits="userSpaceOnUse"
            width="4"
            height="4"
            patternTransform="rotate(45)"
          >
            <line x1="0" y1="0" x2="0" y2="4" stroke="var(--muted)" strokeWidth="1" />
          </pattern>
        </defs>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" vertical={false} />
        <XAxis
          type="number"
          dataKey="year"
          domain={[first - 0.5, last + 0.5]}
          ticks={ticks}
          tickFormatter={yearLabel}
          stroke="var(--muted)"
          allowDataOverflow
          // Every chosen year, but the ones that would overlap on a narrow chart (first and last kept).
          interval="preserveStartEnd"
        />
        <YAxis
          type="number"
          tickFormatter={formatValue}
          stroke="var(--muted)"
          width={88}
          domain={[0, yTicks.at(-1) ?? 1]}
          ticks={yTicks}
          allowDataOverflow
        />
        {slots.map((s) => (
          <YearBars
            key={s.year}
            slot={s}
            colourOf={colourOf}
            hatch={hatch}
            text={text}
            gapLabel={gapLabel(s.year)}
          />
        ))}
        {references.map((r) => (
          <YearReferenceMark key={r.id} reference={r} colour={colourAt(colourOf(r.series))} text={text} />
        ))}
      </ComposedChart>
    </ChartFrame>
  );
}

// ---------------------------------------------------------------------------------------------
// Rows: estimates side by side, multi-year totals

export interface RowDatum {
  id: string;
  name: string;
  range: [number, number];
  value: number | null;
  /** Written at the end of the bar (a total). */
  caption?: string;
  disputed?: boolean;
  /** A statistical interval around the figure (drawn as a line with end marks, not a range bar). */
  interval?: boolean;
}

/** A total's figure, written beside its bar, or under it where it fits on neither side (caption.ts). */
function RowCaption({
  caption,
  bar,
  cy,
  bounds,
}: {
  caption: string;
  bar: { x1: number; x2: number };
  cy: number;
  bounds: { left: number; right: number };
}) {
  const side = captionSide(bar, caption.length, bounds);
  if (side === 'below')
    return (
      <text x={captionBelowX(bar.x1, caption.length, bounds)} y={cy + 22} fontSize={12} fill="var(--text)">
        {caption}
      </text>
    );
  return side === 'before' ? (
    <text x={bar.x1 - 6} y={cy + 4} fontSize={12} fill="var(--text)" textAnchor="end">
      {caption}
    </text>
  ) : (
    <text x={bar.x2 + 6} y={cy + 4} fontSize={12} fill="var(--text)">
      {caption}
    </text>
  );
}

function RowMark({ row, index, text, edge }: { row: RowDatum; index: number; text: MarkText; edge: number }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const plot = usePlotArea();
  const mark = useMark(row.id, text.label(row.id));
  if (!x || !y || !plot) return null;
  const cy = y(index) ?? 0;
  const x1 = x(Math.max(row.range[0], 1e-9)) ?? 0;
  const x2 = Math.max(x(row.range[1]) ?? 0, x1 + 3);
  // The name goes above its bar, across the plot: never cut at the edge, on any screen.
  const room = Math.max(12, Math.floor(plot.width / 6.4));
  const name = cutAtWord(row.name, room);
  return (
    <g {...mark}>
      <text x={plot.x} y={cy - 12} fontSize={12} fill="var(--muted)">
        {name}
      </text>
      {row.interval ? (
        // A statistical interval: a line with end marks (an error bar), unlike a source's own range.
        <g stroke="var(--text)" strokeWidth={2}>
          <line x1={x1} x2={x2} y1={cy} y2={cy} />
          <line x1={x1} x2={x1} y1={cy - 7} y2={cy + 7} />
          <line x1={x2} x2={x2} y1={cy - 7} y2={cy + 7} />
        </g>
      ) : (
        <rect
          x={x1}
          y={cy - 7}
          width={x2 - x1}
          height={14}
          rx={2}
          fill="var(--chart-1)"
          fillOpacity={row.caption ? 0.8 : 0.55}
          stroke={row.disputed ? 'var(--chart-1)' : 'none'}
          strokeWidth={2}
          strokeDasharray={row.disputed ? '5 3' : undefined}
        />
      )}
      {row.value !== null ? (
        <circle
          cx={x(row.value) ?? 0}
          cy={cy}
          r={6}
          fill="var(--chart-2)"
          stroke="var(--surface)"
          strokeWidth={1.5}
        />
      ) : null}
      {row.caption ? (
        <RowCaption caption={row.caption} bar={{ x1, x2 }} cy={cy} bounds={{ left: plot.x, right: edge }} />
      ) : null}
      <rect x={plot.x} y={cy - 24} width={plot.width} height={34} fill="transparent" />
    </g>
  );
}

/**
 * Rows compared along one value scale (each estimate's figure or range), or placed on a time axis
 * (each total as a bar across the years it covers, its figure written beside it), each named
 * above its bar. Linear from zero, or logarithmic between powers of ten when
 * `log` (the caller says so in words).
 */
export function RowsChart({
  title,
  desc,
  rows,
  formatValue,
  label,
  describe,
  log = false,
  time,
}: MarkText & {
  title: string;
  desc: string;
  rows: RowDatum[];
  formatValue: (value: number) => string;
  log?: boolean;
  /** Rows over the periods they cover, on a time axis (each total spans its years), instead of a value axis. */
  time?: { domain: [number, number]; formatTime: (t: number) => string };
}) {
  const [measure, width] = useWidth();
  const positive = rows.flatMap((d) => [...d.range, d.value ?? 0]).filter((v) => v > 0);
  const lo = positive.length > 0 ? Math.min(...positive) : 1;
  const hi = positive.length > 0 ? Math.max(...positive) : 10;
  const logDomain: [number, number] = [10 ** Math.floor(Math.log10(lo)), 10 ** Math.ceil(Math.log10(hi))];
  const logTicks: number[] = [];
  for (let t = logDomain[0]; t <= logDomain[1]; t *= 10) logTicks.push(t);
  const narrow = width > 0 && width < 560;
  const captions = rows.some((r) => r.caption);
  const text = { label, describe };
  return (
    <div ref={measure}>
      <ChartFrame label={title} describe={describe}>
        <ComposedChart
          accessibilityLayer={false}
          className="metric-chart"
          responsive
          // A narrow chart leaves each row room for a caption under its bar (caption.ts), and its
          // last tick's label room at the right edge.
          style={{ width: '100%', height: Math.max(200, rows.length * (narrow && captions ? 58 : 46) + 60) }}
          margin={{ top: 28, right: captions ? (narrow ? 84 : 110) : narrow ? 36 : 24, bottom: 8, left: 8 }}
          title={title}
          desc={desc}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" horizontal={false} />
          <XAxis
            type="number"
            dataKey="v"
            tickFormatter={time ? time.formatTime : formatValue}
            stroke="var(--muted)"
            domain={time ? time.domain : log ? logDomain : [0, niceMax(hi * 1.02)]}
            scale={time ? 'time' : log ? 'log' : 'auto'}
            ticks={time ? timeTicks(time.domain) : log ? logTicks : undefined}
            allowDataOverflow
            fontSize={narrow ? 11 : undefined}
            tickCount={narrow ? 4 : 6}
          />
          <YAxis
            type="number"
            dataKey="i"
            domain={[-0.5, rows.length - 0.5]}
            reversed
            hide
            allowDataOverflow
          />
          {rows.map((r, i) => (
            <RowMark key={r.id} row={r} index={i} text={text} edge={width} />
          ))}
        </ComposedChart>
      </ChartFrame>
    </div>
  );
}
