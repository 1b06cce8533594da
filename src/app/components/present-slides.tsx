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
import { formatInUnit } from '@/features/metrics/lib/format-observation';
import { eventMarkers, seriesOf, timeDomain, toTimeSpans } from '@/features/metrics/lib/to-chart-series';
import { StatusCurrency } from '@/features/storylines/components/status-currency';
import { usePresentMessages } from '../routes/present.messages';
import { useObservationLabel } from './panel-charts';

/*
 * The slides of the presentation mode (`/present`): events with their storylines, sources and
 * related metric panels, so they live in the app. Each is the content of one `<section class="slide">`.
 */

/** The first slide: what is presented (a deck, a storyline with its status, or a selection of the timeline). */
export function TitleSlide({
  deck,
  story,
  onlyStoryline,
  count,
  filters,
  meta,
  current,
}: {
  deck: Deck | null;
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
}) {
  const { lang, m } = useI18n();
  const t = usePresentMessages();
  return (
    <>
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
      {meta ? (
        <p className="slide-meta">
          {t.dataset(meta.datasetVersion)} · {m.footer.updated}{' '}
          <DateText iso={meta.lastUpdated.slice(0, 10)} />
        </p>
      ) : null}
      {current ? <p className="slide-hint no-print">{t.keys}</p> : null}
    </>
  );
}

/** The last slide: every source the presented events cite. */
export function SourcesSlide({ cited }: { cited: readonly Source[] }) {
  const t = usePresentMessages();
  return (
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
      <p className="slide-meta">{t.end}</p>
    </>
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

/** The related metric as a small chart, with this event marked on it. */
function SlideFigure({ metric, event }: { metric: Metric; event: PolicyEvent }) {
  const { lang } = useI18n();
  const t = usePresentMessages();
  const [measure, width] = useWidth();
  const label = useObservationLabel(metric);
  const spans = toTimeSpans(metric);
  const allSeries = seriesOf(metric);
  const [start, end] = timeDomain(spans);
  const view = { start, end };
  const LABEL_W = 80;
  // Slides not on screen (printing the handout) have no measured width: draw them at a print width.
  const plotW = Math.max(160, (width || 900) - LABEL_W - 8);
  const marker = eventMarkers([event], [], [start, end], event.id).map((mk) => ({
    ...mk,
    label: event.title[lang],
    highlighted: true,
  }));
  return (
    <figure className="slide-figure" ref={measure}>
      <figcaption>
        {t.figures}: {metric.title[lang]} ·{' '}
        <AppLink to={`${href('metric', { id: metric.id })}?highlight=${event.id}`}>{t.openPanel}</AppLink>
      </figcaption>
      {
        <SpanStrip
          title={metric.title[lang]}
          desc={metric.description[lang]}
          labelWidth={LABEL_W}
          width={plotW}
          height={150}
          view={view}
          data={spans}
          colourOf={(s) => allSeries.indexOf(s)}
          ticks={labelledTicks(view, plotW, lang)}
          markers={marker}
          formatValue={(v) => formatInUnit(v, metric.unit, lang)}
          label={label}
          describe={label}
          onMarker={() => undefined}
          markersLabel={event.title[lang]}
        />
      }
    </figure>
  );
}
