import { useEffect, useMemo, useState } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useLoaderData, useNavigate, type LoaderFunctionArgs } from 'react-router';
import { PageHead } from '@/components/ui/page-head';
import { href } from '@/config/paths';
import { queries } from '@/data/queries';
import { useI18n } from '@/lib/i18n/context';
import { localize } from '@/lib/i18n/lang';
import { loaderLang } from '@/lib/i18n/page-messages';
import { inDateOrder } from '@/features/events/lib/events';
import { DeckBuilder } from '@/features/present/components/deck-builder';
import { loadDeckMessages, useDeckMessages } from '@/features/present/deck-messages';
import { beginDraft } from '@/features/present/lib/saved-decks';
import { deckStart } from '../deck-start';
import { ensure, queryClientFrom } from '../loader-utils';

/** Each start the builder was asked for (a storyline, a view, a deck, a link), numbered. */
let starts = 0;

/**
 * `/present/build`: the deck builder. Its query says what to start from, as `/present` reads it
 * (a storyline, the timeline's filters, `deck=<id>`, or a built deck's `d`); the deck is then kept
 * in the browser and the address cleared, so a reload or Esc from presenting finds it as it was.
 * Drawn in the browser only (it depends on what this browser keeps).
 */
export async function loader({ context, request, pattern }: LoaderFunctionArgs) {
  const queryClient = queryClientFrom(context);
  const lang = loaderLang({ pattern });
  const [events, actors, storylines, sources, decks, metrics, t] = await Promise.all([
    ensure(queryClient, queries.events()),
    ensure(queryClient, queries.actors()),
    ensure(queryClient, queries.storylines()),
    ensure(queryClient, queries.sources()),
    ensure(queryClient, queries.decks()),
    ensure(queryClient, queries.metrics()),
    loadDeckMessages(lang),
  ]);
  const params = new URL(request.url).searchParams;
  const asked = [...params.keys()].length > 0;
  const start = await deckStart(
    params,
    {
      events: events.items,
      actors: actors.items,
      storylines: storylines.items,
      sources: sources.items,
      decks: decks.items,
      metrics: metrics.items,
    },
    lang,
  );
  return {
    id: asked ? ++starts : null,
    asked,
    start: {
      ...beginDraft(start.deck, t.untitled),
      started: start.started,
      skipped: start.skipped,
      linkError: start.linkError,
    },
  };
}

export function Component() {
  const data = useLoaderData<typeof loader>();
  const { lang } = useI18n();
  const t = useDeckMessages();
  const navigate = useNavigate();
  // The builder keeps what it started with while its address is cleared; a new start restarts it.
  const [shown, setShown] = useState(data);
  if (data.id !== null && data.id !== shown.id) setShown(data);
  useEffect(() => {
    if (data.asked) void navigate(localize(href('deck-builder'), lang), { replace: true });
  }, [data.asked, navigate, lang]);

  const all = useSuspenseQuery(queries.events()).data.items;
  const events = useMemo(() => inDateOrder(all), [all]);
  const metrics = useSuspenseQuery(queries.metrics()).data.items;
  return (
    <div className="page builder-page">
      <PageHead title={t.pageTitle} description={t.description} index={false} />
      <h1>{t.pageTitle}</h1>
      <p className="lede">{t.intro}</p>
      <DeckBuilder key={shown.id ?? 'kept'} events={events} metrics={metrics} start={shown.start} />
    </div>
  );
}
