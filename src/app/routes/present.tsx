import { useState } from 'react';
import { PageHead } from '@/components/ui/page-head';
import { queries } from '@/data/queries';
import type { Metric } from '@/data/metrics/contract';
import { useQuery } from '@tanstack/react-query';
import { useLoaderData, useNavigate, type LoaderFunctionArgs } from 'react-router';
import { ensure, prefetch, queryClientFrom } from '../loader-utils';
import type { PolicyEvent } from '@/data/events/contract';
import { loadDeckMessages } from '@/features/present/deck-messages';
import { slideKey } from '@/features/present/lib/slides';
import { relatedMetric } from '../components/related-panel';
import { useDeckNavigation } from '@/features/present/lib/use-deck-navigation';
import { useFitSlide, usePresentingBody } from '@/features/present/lib/use-fit-slide';
import { readBuiltDeck } from '../deck-start';
import { parsePresentSearch } from '../present-search';
import { DeckControls } from '../components/deck-controls';
import { BadDeckLink, PresentNotices } from '../components/built-deck-notices';
import { SlideContent } from '../components/present-slides';
import { HandoutNotes, notesFor, SpeakerNotes } from '../components/present-speaker';
import { usePresentation } from '../components/use-presentation';
import { localize } from '@/lib/i18n/lang';
import { useI18n } from '@/lib/i18n/context';
import { loadPresentMessages, usePresentMessages } from './present.messages';
import { loadPanelMessages } from '@/features/metrics/panel-messages';
import { loadStorylineMessages } from '@/features/storylines/messages';
import { loadSourcesMessages, useSourcesMessages } from '@/features/sources/messages';
import { loaderLang } from '@/lib/i18n/page-messages';

const NO_METRICS: readonly Metric[] = [];

/**
 * `/present`: any slice of the timeline as slides. Parameters: the timeline's filters
 * (`storyline`, `category`, `q`, `from`…), `deck=<id>` for a curated deck, or `d=<built deck>`
 * (src/features/present/lib/deck-link.ts); `slide` (1-based) and `notes=1` (speaker view).
 */
export async function loader({ context, request, pattern }: LoaderFunctionArgs) {
  const queryClient = queryClientFrom(context);
  prefetch(queryClient, queries.metrics());
  prefetch(queryClient, queries.meta());
  const lang = loaderLang({ pattern });
  const parsed = parsePresentSearch(new URL(request.url).searchParams);
  const builtParam = parsed.built;
  const [events, actors, storylines, , decks, metrics] = await Promise.all([
    ensure(queryClient, queries.events()),
    ensure(queryClient, queries.actors()),
    ensure(queryClient, queries.storylines()),
    ensure(queryClient, queries.sources()),
    ensure(queryClient, queries.decks()),
    // A built deck's panels are among its slides.
    builtParam === null ? null : ensure(queryClient, queries.metrics()),
    // The slides' texts, and the panel's and storylines' that the slides show.
    loadPresentMessages(lang),
    loadPanelMessages(lang),
    loadStorylineMessages(lang),
    // The speaker notes name an event's identifiers as the sources feature does.
    loadSourcesMessages(lang),
    // The deck texts: a built deck's slides, and every deck's QR code.
    loadDeckMessages(lang),
  ]);
  const { search, deck: deckParam } = parsePresentSearch(new URL(request.url).searchParams, {
    actors: new Set(actors.items.map((a) => a.id)),
    storylines: new Set(storylines.items.map((s) => s.id)),
  });
  const built =
    builtParam === null
      ? null
      : await readBuiltDeck(builtParam, { events: events.items, metrics: metrics?.items ?? [] });
  const deck = !built && deckParam ? (decks.items.find((d) => d.id === deckParam) ?? null) : null;
  return {
    search,
    deck,
    built,
    unknownDeck: !built && parsed.deckParam !== null && deck === null ? parsed.deckParam : null,
    slide: parsed.slide,
    notes: parsed.notes,
    back: parsed.back,
  };
}

export function Component() {
  const { built } = useLoaderData<typeof loader>();
  return built && 'error' in built ? <BadDeckLink {...built} /> : <Presentation />;
}

function Presentation() {
  const { search, deck, built, unknownDeck, slide, notes, back } = useLoaderData<typeof loader>();
  const builtDeck = built && !('error' in built) ? built : null;
  const { lang, m } = useI18n();
  const identifierWords = useSourcesMessages().identifier;
  const t = usePresentMessages();
  const navigate = useNavigate();
  const meta = useQuery(queries.meta()).data;
  const metrics = useQuery(queries.metrics()).data?.items ?? NO_METRICS;
  const p = usePresentation({ search, deck, built: builtDeck, back, notes, metrics });
  const { events, slides } = p;
  const current = Math.min(slide, slides.length) - 1;
  const [withNotes, setWithNotes] = useState(false);
  // Before the first paint (and before fitting the slide): the site's header and footer go.
  usePresentingBody();
  const slidesRef = useFitSlide(current, lang, notes, slides);
  const swipe = useDeckNavigation({
    current,
    count: slides.length,
    deckKey: p.syncKey,
    move: (n) => void navigate(p.hrefFor(n), { replace: true }),
    leave: () => void navigate(localize(p.leaveTo, lang)),
  });

  const related = (event: PolicyEvent) => relatedMetric(metrics, event);

  return (
    <div className={`deck${notes ? ' speaker' : ''}`}>
      <PageHead title={p.title} description={p.description} />
      <PresentNotices
        unknownDeck={unknownDeck}
        skipped={builtDeck?.skipped ?? []}
        empty={events.length === 0 && !slides.some((s) => s.kind === 'panel')}
      />
      <div className="slides" ref={slidesRef} {...swipe}>
        {slides.map((s, i) => (
          <section
            key={slideKey(s)}
            className={`slide slide-is-${s.kind}${i === current ? ' current' : ''}`}
            aria-roledescription="slide"
            aria-label={t.slide(i + 1, slides.length)}
            aria-hidden={i === current ? undefined : true}
          >
            <SlideContent
              slide={s}
              current={i === current}
              deck={deck}
              built={builtDeck ? { deck: builtDeck.deck, url: p.shareUrl } : null}
              story={p.story}
              onlyStoryline={p.onlyStoryline}
              count={events.length}
              filters={p.filters}
              meta={meta}
              buildFrom={p.buildFrom}
              url={p.shareUrl}
              cited={p.cited}
              related={related}
              storylines={p.storylines}
              sources={p.sources}
            />
            {/* On paper only: on screen the controls say which slide this is (once). */}
            <p className="slide-number print-only" aria-hidden="true" hidden>
              {i + 1} / {slides.length}
            </p>
            {withNotes ? <HandoutNotes notes={notesFor(s, lang, m, deck, related, identifierWords)} /> : null}
          </section>
        ))}
      </div>
      {notes ? (
        <SpeakerNotes
          notes={notesFor(slides[current], lang, m, deck, related, identifierWords)}
          next={slides[current + 1]}
        />
      ) : null}
      <DeckControls
        current={current}
        count={slides.length}
        notes={notes}
        leaveTo={p.leaveTo}
        hrefFor={p.hrefFor}
        withNotes={withNotes}
        onWithNotes={setWithNotes}
      />
    </div>
  );
}
