/**
 * Embeds: a metric panel or a storyline on its own page, for other sites to frame. Not pages of the
 * app (they carry none of its shell, and only the embed pages may be framed): the build draws one
 * per record and language (build/lib/embeds.tsx), and writes an oEmbed file beside each.
 *
 * Plain data with no imports, like the route table.
 */
export const EMBED_KINDS = ['metrics', 'storylines'] as const;
export type EmbedKind = (typeof EMBED_KINDS)[number];

/** The first segment of every embed's address (after the language's): `/embed/…`, `/es/embed/…`. */
export const EMBED_SEGMENT = 'embed';

/** An embed's address relative to the site's base, in the default language: `/embed/metrics/<id>`. */
export function embedPath(kind: EmbedKind, id: string): string {
  return `/${EMBED_SEGMENT}/${kind}/${encodeURIComponent(id)}`;
}

/** Where an embed's oEmbed response is published, relative to the site's base. */
export function oembedPath(kind: EmbedKind, id: string, lang: string): string {
  return `oembed/${kind}/${encodeURIComponent(id)}.${lang}.json`;
}

/**
 * The size an embed is framed at by default (its iframe code and oEmbed `width`/`height`): its
 * width follows the host's column, up to this; the height shows the title and the chart (a panel)
 * or the status and first stages (a storyline), the rest scrolling inside the frame.
 */
export const EMBED_SIZE: Record<EmbedKind, { width: number; height: number }> = {
  metrics: { width: 640, height: 720 },
  storylines: { width: 640, height: 640 },
};
