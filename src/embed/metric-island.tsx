/**
 * The chart's part of a metric embed, brought to life (loaded by the embed's entry, metric.tsx, once
 * the page has loaded): it reads the same published data as the app (`metrics.json` and
 * `sources.json`, validated by the app's own schemas, and `meta.json`, to be sure it is the version
 * the page was drawn from), hydrates the chart's part of the page, and draws the chart in the reader's
 * browser. The rest of the page stays as the build drew it.
 */
import { StrictMode, startTransition, useEffect, type ReactNode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { fetchResource, installValidator } from '@/data/fetch';
import { markableEventsSchema } from '@/data/events/contract';
import { metaSchema } from '@/data/meta/contract';
import { metricSchema } from '@/data/metrics/contract';
import { RESOURCES } from '@/data/resources';
import { sourceSchema } from '@/data/sources/contract';
import { validateCollection, validateSingle } from '@/data/validate';
import type { PanelMessages } from '@/features/metrics/panel-messages';
import type { MarkableEvent } from '@/features/metrics/lib/chart-plan';
import { byId } from '@/lib/collections';
import { DEFAULT_LANG, isLang, type Lang } from '@/lib/i18n/langs';
import { LiveContext, useLiveShell, willHydrate } from '@/lib/use-hydrated';
import type { EmbedMessages } from './embed.messages';
import { preloadCharts } from '@/features/metrics/components/planned-chart';
import { EmbedChart } from './metric-chart';

/** The texts the chart needs, in the page's language only (each its own file). */
const TEXTS: Record<Lang, () => Promise<[PanelMessages, EmbedMessages]>> = {
  en: () =>
    Promise.all([import('@/features/metrics/panel-messages.en'), import('./embed.messages.en')]).then(
      ([p, t]) => [p.default, t.default],
    ),
  es: () =>
    Promise.all([import('@/features/metrics/panel-messages.es'), import('./embed.messages.es')]).then(
      ([p, t]) => [p.default, t.default],
    ),
};

/** Live once hydrated: the chart is drawn then, in short slices (as the app's shell does). */
function Live({ children }: { children: ReactNode }) {
  const live = useLiveShell();
  // Hydrated: the page is the script's from here on (as the app marks its own pages).
  useEffect(() => {
    document.documentElement.dataset.live = '';
  }, []);
  return <LiveContext value={live}>{children}</LiveContext>;
}

/** The events the build marked on the chart (the island's `data-events`), checked against the contract. */
function markedEvents(island: HTMLElement): MarkableEvent[] {
  const text = island.dataset.events ?? '[]';
  const parsed = markableEventsSchema.safeParse(JSON.parse(text));
  if (!parsed.success)
    throw new Error(`the embed's marked events do not match the contract: ${parsed.error.message}`);
  return parsed.data;
}

export async function start(island: HTMLElement): Promise<void> {
  const id = island.dataset.metric ?? '';
  const pageLang = document.documentElement.lang;
  const lang = isLang(pageLang) ? pageLang : DEFAULT_LANG;
  preloadCharts();
  // The three resources the embed reads, checked against their schemas in the contract (the same
  // checks as the app's data worker, here in the page: there is no worker to start), and of the
  // two collections only what the embed shows: its panel, and the sources the panel cites.
  let citedBy: (ids: ReadonlySet<string>) => void = () => undefined;
  const cited = new Promise<ReadonlySet<string>>((resolve) => {
    citedBy = resolve;
  });
  installValidator(async (name, text) => {
    const { file } = RESOURCES[name];
    if (name === 'meta') return validateSingle(file, text, metaSchema);
    if (name === 'metrics') return validateCollection(file, text, metricSchema, new Set([id]));
    if (name === 'sources') return validateCollection(file, text, sourceSchema, await cited);
    throw new Error(`an embed does not read ${file}`);
  });
  const sourcesLoaded = fetchResource('sources');
  // Settled whatever happens to the others (reported once, below, if at all).
  sourcesLoaded.catch(() => undefined);
  let found: Awaited<ReturnType<typeof loaded>> | undefined;
  const loaded = () => Promise.all([fetchResource('meta'), fetchResource('metrics'), TEXTS[lang]()]);
  try {
    found = await loaded();
  } finally {
    citedBy(new Set(found?.[1].items.find((x) => x.id === id)?.observations.flatMap((o) => o.sources)));
  }
  const [meta, metrics, [p, t]] = found;
  // A page kept from an earlier release would not match the data now published: it stays as drawn.
  if (meta.datasetVersion !== island.dataset.version)
    throw new Error(`drawn from ${island.dataset.version ?? '?'}, data is ${meta.datasetVersion}`);
  const metric = metrics.items.find((x) => x.id === id);
  if (!metric) throw new Error(`metrics.json has no metric ${id}`);
  const sources = await sourcesLoaded;
  const events = markedEvents(island);
  willHydrate();
  startTransition(() => {
    hydrateRoot(
      island,
      <StrictMode>
        <Live>
          <EmbedChart metric={metric} sources={byId(sources.items)} events={events} texts={{ lang, p, t }} />
        </Live>
      </StrictMode>,
      {
        // A drawing that does not match what the build drew is redrawn; it is still a defect.
        onRecoverableError: (error: unknown) => {
          console.error('[iron-river] embed hydration', error);
        },
      },
    );
  });
}
