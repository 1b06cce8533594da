import { env } from '@/config/env';
import type { EmbedKind } from '@/config/embeds';
import { href } from '@/config/paths';
import type { DatasetMeta } from '@/data/meta/contract';
import { localize } from '@/lib/i18n/lang';
import type { Lang } from '@/lib/i18n/langs';
import type { Provenance } from './embed-frame';

/** The absolute address of a page of the site (an in-app address, in `lang`), under SITE_URL. */
export function siteUrl(path: string, lang: Lang): string {
  return new URL(localize(path, lang).slice(1), env.siteUrl).href;
}

/**
 * Where an embed comes from: the dataset version and its release day, and the record's full page.
 * The same at build time and in the reader's browser (a metric embed hydrates what the build drew).
 */
export function provenanceOf(kind: EmbedKind, id: string, lang: Lang, meta: DatasetMeta): Provenance {
  return {
    version: meta.datasetVersion,
    released: meta.lastUpdated.slice(0, 10),
    fullUrl: siteUrl(kind === 'metrics' ? href('metric', { id }) : href('storyline', { id }), lang),
  };
}
