/**
 * The embeds the build draws (run by build/vite/embeds.ts): every metric panel and every storyline
 * on a page of its own, in every language, for other sites to frame, and the oEmbed response of
 * each (https://oembed.com/, type `rich`). Embeds are not pages of the app: they are drawn from the
 * embed components (src/embed/) without the router or the shell, a storyline as HTML that needs no
 * script, a metric panel as HTML its own small script hydrates to draw the chart.
 */
import { StrictMode, type ReactNode } from 'react';
import { prerender } from 'react-dom/static';
import { summarize } from '@/components/ui/page-head';
import { env } from '@/config/env';
import { EMBED_SIZE, embedPath, oembedPath, type EmbedKind } from '@/config/embeds';
import { previewImagePath, PREVIEW_SIZE } from '@/config/og';
import { loadPanelMessages } from '@/features/metrics/panel-messages';
import { byId } from '@/lib/collections';
import { escapeAttribute, iframeCode } from '@/lib/embed-code';
import { loadCatalog } from '@/lib/i18n/catalogs';
import { I18nContext } from '@/lib/i18n/context';
import { localize } from '@/lib/i18n/lang';
import { LANGS, type Lang } from '@/lib/i18n/langs';
import { href } from '@/config/paths';
import { LiveContext } from '@/lib/use-hydrated';
import { loadEmbedMessages } from '@/embed/embed.messages';
import { MetricEmbed } from '@/embed/metric-embed';
import { provenanceOf, siteUrl } from '@/embed/provenance';
import { StorylineEmbed } from '@/embed/storyline-embed';
import type { Dataset } from './dataset';
import { fileNameOf } from './pages';

/** An embed the build draws: its record, its language, its address, and the files it becomes. */
export interface EmbedToDraw {
  kind: EmbedKind;
  id: string;
  lang: Lang;
  /** Relative to the site's base, with the language's prefix: `/es/embed/metrics/<id>`. */
  path: string;
  /** The page (`es/embed/metrics/<id>.html`) and its oEmbed response (`oembed/metrics/<id>.es.json`). */
  fileName: string;
  oembedFile: string;
}

/** Every embed, in every language: one per metric panel and per storyline of the dataset. */
export function embedsToDraw(records: Record<EmbedKind, readonly string[]>): EmbedToDraw[] {
  return (['metrics', 'storylines'] as const).flatMap((kind) =>
    LANGS.flatMap((lang) =>
      records[kind].map((id) => {
        const path = localize(embedPath(kind, id), lang);
        return { kind, id, lang, path, fileName: fileNameOf(path), oembedFile: oembedPath(kind, id, lang) };
      }),
    ),
  );
}

/** The record an embed shows, with what its head and oEmbed response say of it. */
function recordOf(embed: EmbedToDraw, dataset: Dataset): { title: string; description: string } {
  const { values } = dataset;
  const record =
    embed.kind === 'metrics'
      ? values.metrics.items.find((m) => m.id === embed.id)
      : values.storylines.items.find((s) => s.id === embed.id);
  if (!record) throw new Error(`embeds: no ${embed.kind} record ${embed.id} in the dataset`);
  const description = 'description' in record ? record.description : record.whyItMatters;
  return { title: record.title[embed.lang], description: description[embed.lang] };
}

/** The iframe code of an embed at its published address (the oEmbed `html`; the page writes the same). */
export function embedIframe(embed: EmbedToDraw, title: string, appName: string, base = env.siteUrl): string {
  return iframeCode({
    src: new URL(embed.path.slice(1), base).href,
    title: `${title} · ${appName}`,
    ...EMBED_SIZE[embed.kind],
  });
}

/** The oEmbed response of a `rich` type (oembed.com, 2.3.4), as the build publishes it. */
export interface OEmbedRich {
  type: 'rich';
  version: '1.0';
  title: string;
  provider_name: string;
  provider_url: string;
  cache_age: number;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

/**
 * An embed's oEmbed response: the iframe code and its size, and the record's link preview image as
 * its thumbnail (written by build/vite/previews.ts). Static files, so a consumer's `maxwidth` and
 * `maxheight` are not honoured: the frame is as wide as the host's column, up to `width`.
 */
export async function oembedResponse(embed: EmbedToDraw, dataset: Dataset): Promise<OEmbedRich> {
  const m = await loadCatalog(embed.lang);
  const { title } = recordOf(embed, dataset);
  const site = env.siteUrl;
  return {
    type: 'rich',
    version: '1.0',
    title,
    provider_name: m.appName,
    provider_url: site,
    // A day: the dataset changes with its releases, not by the minute.
    cache_age: 86_400,
    html: embedIframe(embed, title, m.appName, site),
    ...EMBED_SIZE[embed.kind],
    thumbnail_url: new URL(previewImagePath(embed.lang, embed.kind, embed.id), site).href,
    thumbnail_width: PREVIEW_SIZE.width,
    thumbnail_height: PREVIEW_SIZE.height,
  };
}

/** A drawn embed: the tags of its head, and its body (what goes inside `<main id="embed">`). */
export interface RenderedEmbed {
  head: string;
  body: string;
}

/**
 * Draws an embed from the dataset, in its language, as the browser first draws it (not live: a
 * metric panel's chart is a box of its size, drawn once the embed's script has hydrated the page).
 * Its head: title, description, the full page as canonical, and its oEmbed response.
 */
export async function renderEmbed(embed: EmbedToDraw, dataset: Dataset): Promise<RenderedEmbed> {
  const { lang, kind, id } = embed;
  const [m] = await Promise.all([loadCatalog(lang), loadEmbedMessages(lang), loadPanelMessages(lang)]);
  const { values } = dataset;
  const sources = byId(values.sources.items);
  const provenance = provenanceOf(kind, id, lang, values.meta);
  let content: ReactNode;
  if (kind === 'metrics') {
    const metric = values.metrics.items.find((x) => x.id === id);
    if (!metric) throw new Error(`embeds: no metric ${id}`);
    content = (
      <MetricEmbed metric={metric} sources={sources} events={values.events.items} provenance={provenance} />
    );
  } else {
    const storyline = values.storylines.items.find((x) => x.id === id);
    if (!storyline) throw new Error(`embeds: no storyline ${id}`);
    content = (
      <StorylineEmbed
        storyline={storyline}
        events={byId(values.events.items)}
        sources={sources}
        provenance={provenance}
        eventUrl={(event) => siteUrl(href('event', { id: event }), lang)}
      />
    );
  }
  const errors: unknown[] = [];
  const { prelude } = await prerender(
    <StrictMode>
      <LiveContext value={false}>
        <I18nContext value={{ lang, m }}>{content}</I18nContext>
      </LiveContext>
    </StrictMode>,
    {
      progressiveChunkSize: Number.POSITIVE_INFINITY,
      onError: (error) => {
        errors.push(error);
      },
    },
  );
  if (errors.length > 0)
    throw new Error(
      `embeds: ${embed.path} failed while drawing: ${errors.map((e) => (e instanceof Error ? (e.stack ?? e.message) : String(e))).join('\n')}`,
    );
  const body = await new Response(prelude).text();
  const { title, description } = recordOf(embed, dataset);
  const head = [
    `<title>${escapeAttribute(`${title} · ${m.appName}`)}</title>`,
    `<meta name="description" content="${escapeAttribute(summarize(description))}">`,
    `<link rel="canonical" href="${escapeAttribute(provenance.fullUrl)}">`,
    `<link rel="alternate" type="application/json+oembed" href="${escapeAttribute(new URL(embed.oembedFile, env.siteUrl).href)}" title="${escapeAttribute(`${title} · ${m.appName}`)}">`,
  ].join('\n    ');
  return { head, body };
}
