import type { ReactNode } from 'react';
import type { Deck } from '@/data/decks/contract';
import type { PolicyEvent } from '@/data/events/contract';
import type { DatasetMeta } from '@/data/meta/contract';
import type { Metric } from '@/data/metrics/contract';
import type { Source } from '@/data/sources/contract';
import type { Storyline } from '@/data/storylines/contract';
import { SpanStrip } from '@/components/charts/span-strip';
import { AppLink } from '@/components/ui/app-link';
import { DateText } from '@/components/ui/date-text';
import { SourceLine } from '@/components/ui/source-links';
import { href } from '@/config/paths';
import { useI18n } from '@/lib/i18n/context';
import { useWidth } from '@/lib/use-width';
import { EventDateText } from '@/features/events/components/event-date';
import { labelledTicks } from '@/features/events/lib/axis';
import { formatTick } from '@/features/metrics/lib/format-observation';
import { eventMarkers, seriesOf, timeDomain, toTimeSpans } from '@/features/metrics/lib/to-chart-series';
import { StatusCurrency } from '@/features/storylines/components/status-currency';
import { QrCode } from '@/features/present/components/qr-code';
import { useDeckMessages } from '@/features/present/deck-messages';
import type { DeckDraft } from '@/features/present/lib/built-deck';
import type { Slide } from '@/features/present/lib/slides';
import { usePresentMessages } from '../routes/present.messages';
import { MetricPreview } from './metric-preview';
import { SeriesLegend, useObservationLabel } from './panel-charts';

/*
 * The slides of the presentation mode (`/present`): events with their storylines, sources and
 * related metric panels, so they live in the app. Each is the content of one `<section class="slide">`.
 */

/** What one slide shows, by its kind (the title, an event, a panel, the sources, the closing words). */
export function SlideContent({
  slide,
  current,
  built,
  cited,
  related,
  storylines,
  sources,
  ...title
}: Omit<Parameters<typeof TitleSlide>[0], 'current'> & {
  slide: Slide;
  /** Whether this slide is shown. */
  current: boolean;
  cited: readonly Source[];
  /** The panel an event's slide draws. */
  related: (event: PolicyEvent) => Metric | undefined;
  storylines: ReadonlyMap<string, Storyline>;
  sources: ReadonlyMap<string, Source>;
}) {
  switch (slide.kind) {
    case 'title':
      return <TitleSlide {...title} built={built} current={current} />;
    case 'sources':
      return <SourcesSlide cited={cited} last={!built} url={title.url} />;
    case 'closing':
      return <ClosingSlide text={built?.deck.closing ?? ''} url={built?.url ?? ''} />;
    case 'panel':
      return <PanelSlide metric={slide.metric} sources={sources} />;
    case 'event':
      return (
        <EventSlide
          event={slide.event}
          metric={related(slide.event)}
          storylines={storylines}
          sources={sources}
        />
      );
  }
}

/** The first slide: what is presented (a deck, a storyline with its status, or a selection of the timeline). */
export function TitleSlide({
  deck,
  built,
  story,
  onlyStoryline,
  count,
  filters,
  meta,
  current,
  buildFrom,
  url,
}: {
  deck: Deck | null;
  /** A built deck: its title and subtitle, and its link (drawn as a QR code). */
  built: { deck: DeckDraft; url: string } | null;
  /** The one storyline presented, when the selection is exactly one storyline. */
  story: Storyline | undefined;
  onlyStoryline: boolean;
  /** How many events are presented. */
  count: number;
  /** The timeline's filters (a query string). */
  filters: string;
  meta: DatasetMeta | undefined;
  /** Whether this slide is shown (it then says which keys move through the slides). */
  current: boolean;
  /** The builder's address, started from what is presented. */
  buildFrom: string;
  /** The presentation's own link, drawn as a QR code on its first and last slides. */
  url: string;
}) {
  const { lang, m } = useI18n();
  const t = usePresentMessages();
  const hint = current ? (
    <p className="slide-hint no-print">
      {t.keys} · <AppLink to={buildFrom}>{t.buildFrom}</AppLink>
    </p>
  ) : null;
  if (built)
    return (
      <BuiltTitle deck={built.deck} url={built.url} meta={meta}>
        {hint}
      </BuiltTitle>
    );
  return (
    <div className="slide-with-qr">
      <div>
        <p className="slide-kicker">{m.appName}</p>
        <h1 className="slide-title">
          {deck
            ? deck.title[lang]
            : onlyStoryline
              ? (story?.title[lang] ?? m.timeline.title)
              : m.timeline.title}
        </h1>
        <p className="slide-lede">
          {deck ? deck.description[lang] : onlyStoryline ? t.storylineDeck(count) : t.timelineDeck(count)}
        </p>
        {onlyStoryline && story ? (
          <div className="slide-meta slide-status">
            <p>
              {m.storyline.status}:{' '}
              <span className={`status status-${story.status.kind}`}>{m.status[story.status.kind]}</span>{' '}
              {story.status.text[lang]}
            </p>
            <StatusCurrency storyline={story} />
          </div>
        ) : null}
        {!deck && !onlyStoryline && filters ? (
          <p className="slide-meta">
            {t.filters}: <code>{decodeURIComponent(filters.replace(/\+/g, ' ')).replace(/&/g, ' · ')}</code>
          </p>
        ) : null}
        <DatasetLine meta={meta} />
        {hint}
      </div>
      <DeckQr url={url} />
    </div>
  );
}

/** The dataset's version and date, on a title slide. */
function DatasetLine({ meta }: { meta: DatasetMeta | undefined }) {
  const { m } = useI18n();
  const t = usePresentMessages();
  return meta ? (
    <p className="slide-meta">
      {t.dataset(meta.datasetVersion)} · {m.footer.updated} <DateText iso={meta.lastUpdated.slice(0, 10)} />
    </p>
  ) : null;
}

/** A QR code of a built deck's link, with its caption. */
function DeckQr({ url }: { url: string }) {
  const d = useDeckMessages();
  return (
    <figure className="slide-qr">
      <QrCode text={url} label={d.qr} tooLong={d.qrTooLong} />
      <figcaption>{d.qrCaption}</figcaption>
    </figure>
  );
}

/** A built deck's title slide: the presenter's title and subtitle, and the deck's link as a QR code. */
function BuiltTitle({
  deck,
  url,
  meta,
  children,
}: {
  deck: DeckDraft;
  url: string;
  meta: DatasetMeta | undefined;
  children: ReactNode;
}) {
  const { m } = useI18n();
  const d = useDeckMessages();
  return (
    <div className="slide-with-qr">
      <div>
        <p className="slide-kicker">{m.appName}</p>
        <h1 className="slide-title">{deck.title.trim() || d.untitled}</h1>
        {deck.subtitle.trim() ? <p className="slide-lede">{deck.subtitle}</p> : null}
        <DatasetLine meta={meta} />
        {children}
      </div>
      <DeckQr url={url} />
    </div>
  );
}

/** A built deck's last slide: the presenter's closing words, and the deck's link as a QR code. */
export function ClosingSlide({ text, url }: { text: string; url: string }) {
  const d = useDeckMessages();
  return (
    <div className="slide-with-qr">
      <div>
        <h1 className="slide-title">{text.trim() || d.endOfDeck}</h1>
        {text.trim() ? <p className="slide-meta">{d.endOfDeck}</p> : null}
      </div>
      <DeckQr url={url} />
    </div>
  );
}

/** A metric panel's slide: its title and unit, its figures drawn large, and its sources. */
export function PanelSlide({ metric, sources }: { metric: Metric; sources: ReadonlyMap<string, Source> }) {
  const { lang, m } = useI18n();
  const t = usePresentMessages();
  const cited = [...new Set(metric.observations.flatMap((o) => o.sources))]
    .flatMap((id) => {
      const source = sources.get(id);
      return source ? [source] : [];
    })
    .slice(0, 3);
  return (
    <>
      <p className="slide-kicker">
        {t.figures} · {t.unit}: {m.unit[metric.unit]}
      </p>
      <h1 className="slide-title small-title">{metric.title[lang]}</h1>
      <div className="slide-panel-chart">
        <MetricPreview metric={metric} height={260} fallbackWidth={900} />
      </div>
      <p className="slide-sourceline">
        {t.sources}:{' '}
        {cited.map((source, k) => (
          <span key={source.id}>
            {k > 0 ? '; ' : ''}
            <SourceLine source={source} />
          </span>
        ))}{' '}
        · <AppLink to={href('metric', { id: metric.id })}>{t.openPanel}</AppLink>
      </p>
    </>
  );
}

/** The last slide (but a built deck's closing words): every source the presented slides cite. */
export function SourcesSlide({
  cited,
  last = true,
  url,
}: {
  cited: readonly Source[];
  /** Whether it ends the presentation (then it carries the presentation's link as a QR code). */
  last?: boolean;
  url?: string;
}) {
  const t = usePresentMessages();
  const list = (
    <>
      <h1 className="slide-title small-title">{t.allSources}</h1>
      <ol className="slide-sources">
        {cited.map((source) => (
          <li key={source.id}>
            <SourceLine source={source} />
            <span className="print-url"> {source.url}</span>
          </li>
        ))}
      </ol>
      {last ? <p className="slide-meta">{t.end}</p> : null}
    </>
  );
  return last && url ? (
    <div className="slide-with-qr">
      <div>{list}</div>
      <DeckQr url={url} />
    </div>
  ) : (
    list
  );
}

/** An event's slide: date and storyline, title, how sure, summary, its panel (if any) and first sources. */
export function EventSlide({
  event,
  metric,
  storylines,
  sources,
}: {
  event: PolicyEvent;
  /** The related panel, drawn with this event marked on it. */
  metric: Metric | undefined;
  storylines: ReadonlyMap<string, Storyline>;
  sources: ReadonlyMap<string, Source>;
}) {
  const { lang } = useI18n();
  const t = usePresentMessages();
  return (
    <>
      <p className="slide-kicker">
        <EventDateText date={event.date} />
        {event.storyline ? ` · ${storylines.get(event.storyline)?.title[lang] ?? ''}` : ''}
      </p>
      <h1 className="slide-title">{event.title[lang]}</h1>
      {event.verification !== 'confirmed' ? (
        <p className={`slide-flag flag-${event.verification}`}>
          {event.verification === 'disputed' ? t.disputed : t.singleSource}
        </p>
      ) : null}
      <p className="slide-lede">{event.summary[lang]}</p>
      {metric ? <SlideFigure metric={metric} event={event} /> : null}
      <p className="slide-sourceline">
        {t.sources}:{' '}
        {event.sources
          .flatMap((id) => {
            const source = sources.get(id);
            return source ? [source] : [];
          })
          .slice(0, 3)
          .map((source, k) => (
            <span key={source.id}>
              {k > 0 ? '; ' : ''}
              <SourceLine source={source} />
            </span>
          ))}
      </p>
    </>
  );
}

/** How much larger than a page's chart a slide's is drawn: its text read from the back of a room. */
const SLIDE_CHART_SCALE = 1.6;

/** The event's panel as a chart, drawn large, with this event's mark labelled and the series keyed. */
function SlideFigure({ metric, event }: { metric: Metric; event: PolicyEvent }) {
  const { lang, m } = useI18n();
  const t = usePresentMessages();
  const [measure, width] = useWidth();
  const label = useObservationLabel(metric);
  const spans = toTimeSpans(metric);
  const allSeries = seriesOf(metric);
  const [start, end] = timeDomain(spans);
  const view = { start, end };
  const LABEL_W = 64;
  // Laid out at a page chart's size and shown SLIDE_CHART_SCALE times larger (on a phone, at its
  // own size). Slides not on screen (printing the handout) have no measured width: a print width.
  const shown = width || 900;
  const scale = shown >= 640 ? SLIDE_CHART_SCALE : 1;
  const plotW = Math.max(160, shown / scale - LABEL_W - 8);
  const marker = eventMarkers([event], [], [start, end], event.id).map((mk) => ({
    ...mk,
    label: t.thisEvent,
    highlighted: true,
  }));
  return (
    <figure className="slide-figure" ref={measure}>
      <figcaption>
        {t.figures}: {metric.title[lang]} · {t.unit}: {m.unit[metric.unit]} ·{' '}
        <AppLink to={`${href('metric', { id: metric.id })}?highlight=${event.id}`}>{t.openPanel}</AppLink>
      </figcaption>
      <SpanStrip
        title={metric.title[lang]}
        desc={metric.description[lang]}
        labelWidth={LABEL_W}
        width={plotW}
        height={140}
        scale={scale}
        view={view}
        data={spans}
        colourOf={(s) => allSeries.indexOf(s)}
        ticks={labelledTicks(view, plotW, lang)}
        markers={marker}
        formatValue={(v) => formatTick(v, metric.unit, lang)}
        label={label}
        describe={label}
        onMarker={() => undefined}
        markersLabel={event.title[lang]}
      />
      {allSeries.length > 1 ? <SeriesLegend series={allSeries} metric={metric} /> : null}
    </figure>
  );
}
