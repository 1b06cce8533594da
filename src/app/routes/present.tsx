import { PageHead } from '@/components/ui/page-head';
import { queries } from '@/data/queries';
import { useQuery } from '@tanstack/react-query';
import { useLoaderData, useNavigate, type LoaderFunctionArgs } from 'react-router';
import { ensure, prefetch, queryClientFrom } from '../loader-utils';
import type { PolicyEvent } from '@/data/events/contract';
import { relatedMetric } from '@/features/present/lib/slides';
import { useDeckNavigation } from '@/features/present/lib/use-deck-navigation';
import { useFitSlide, usePresentingBody } from '@/features/present/lib/use-fit-slide';
import { parsePresentSearch } from '../present-search';
import { DeckControls } from '../components/deck-controls';
import { EventSlide, SourcesSlide, TitleSlide } from '../components/present-slides';
import { notesFor, SpeakerNotes } from '../components/present-speaker';
import { usePresentation } from '../components/use-presentation';
import { localize } from '@/lib/i18n/lang';
import { useI18n } from '@/lib/i18n/context';
import { loadPresentMessages, usePresentMessages } from './present.messages';
import { loadPanelMessages } from '@/features/metrics/panel-messages';
import { loadStorylineMessages } from '@/features/storylines/messages';
import { loaderLang } from '@/lib/i18n/page-messages';

/**
 * `/present`: any slice of the timeline as slides. Parameters: the timeline's filters
 * (`storyline`, `category`, `q`, `from`…), or `deck=<id>` for a curated deck; `slide`
 * (1-based) and `notes=1` (speaker view).
 */
export async function loader({ context, request, pattern }: LoaderFunctionArgs) {
  const queryClient = queryClientFrom(context);
  prefetch(queryClient, queries.metrics());
  prefetch(queryClient, queries.meta());
  const lang = loaderLang({ pattern });
  const [, actors, storylines, , decks] = await Promise.all([
    ensure(queryClient, queries.events()),
    ensure(queryClient, queries.actors()),
    ensure(queryClient, queries.storylines()),
    ensure(queryClient, queries.sources()),
    ensure(queryClient, queries.decks()),
    // The slides' texts, and the panel's and storylines' that the slides show.
    loadPresentMessages(lang),
    loadPanelMessages(lang),
    loadStorylineMessages(lang),
  ]);
  const parsed = parsePresentSearch(new URL(request.url).searchParams, {
    actors: new Set(actors.items.map((a) => a.id)),
    storylines: new Set(storylines.items.map((s) => s.id)),
  });
  const deck = parsed.deck ? (decks.items.find((d) => d.id === parsed.deck) ?? null) : null;
  return {
    search: parsed.search,
    deck,
    unknownDeck: parsed.deckParam !== null && deck === null ? parsed.deckParam : null,
    slide: parsed.slide,
    notes: parsed.notes,
    back: parsed.back,
  };
}

export function Component() {
  const { search, deck, unknownDeck, slide, notes, back } = useLoaderData<typeof loader>();
  const { lang, m } = useI18n();
  const t = usePresentMessages();
  const navigate = useNavigate();
  const { events, slides, filters, onlyStoryline, story, leaveTo, hrefFor, cited, storylines, sources } =
    usePresentation({ search, deck, back, notes });
  const meta = useQuery(queries.meta()).data;
  const metrics = useQuery(queries.metrics()).data?.items ?? [];
  const current = Math.min(slide, slides.length) - 1;

  // Before the first paint (and before fitting the slide): the site's header and footer go.
  usePresentingBody();
  const slidesRef = useFitSlide(current, lang, notes, slides);
  const swipe = useDeckNavigation({
    current,
    count: slides.length,
    deckKey: deck ? `deck:${deck.id}` : `filters:${filters}`,
    move: (n) => void navigate(hrefFor(n), { replace: true }),
    leave: () => void navigate(localize(leaveTo, lang)),
  });

  const related = (event: PolicyEvent) => relatedMetric(metrics, event);

  return (
    <div className={`deck${notes ? ' speaker' : ''}`}>
      <PageHead
        title={deck ? deck.title[lang] : t.pageTitle}
        description={deck ? deck.description[lang] : t.pageTitle}
      />
      {unknownDeck ? (
        <p className="callout callout-warning no-print" role="status">
          {t.unknownDeck(unknownDeck)}
        </p>
      ) : null}
      {events.length === 0 ? (
        <p className="callout no-print" role="status">
          {t.empty}
        </p>
      ) : null}
      <div className="slides" ref={slidesRef} {...swipe}>
        {slides.map((s, i) => (
          <section
            key={s.kind === 'event' ? s.event.id : s.kind}
            className={`slide slide-is-${s.kind}${i === current ? ' current' : ''}`}
            aria-roledescription="slide"
            aria-label={t.slide(i + 1, slides.length)}
            aria-hidden={i === current ? undefined : true}
          >
            {s.kind === 'title' ? (
              <TitleSlide
                deck={deck}
                story={story}
                onlyStoryline={onlyStoryline}
                count={events.length}
                filters={filters}
                meta={meta}
                current={i === current}
              />
            ) : s.kind === 'sources' ? (
              <SourcesSlide cited={cited} />
            ) : (
              <EventSlide
                event={s.event}
                metric={related(s.event)}
                storylines={storylines}
                sources={sources}
              />
            )}
            {/* On paper only: on screen the controls say which slide this is (once). */}
            <p className="slide-number print-only" aria-hidden="true" hidden>
              {i + 1} / {slides.length}
            </p>
          </section>
        ))}
      </div>
      {notes ? (
        <SpeakerNotes notes={notesFor(slides[current], lang, m, deck, related)} next={slides[current + 1]} />
      ) : null}
      <DeckControls
        current={current}
        count={slides.length}
        notes={notes}
        leaveTo={leaveTo}
        hrefFor={hrefFor}
      />
    </div>
  );
}
