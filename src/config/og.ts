/** What a page's link preview image shows: a record of the dataset, or the site as a whole. */
export type PreviewKind = 'events' | 'storylines' | 'metrics';

/**
 * Where a link preview image is published, relative to the site's base (written by
 * build/vite/previews.ts, named in each page's `og:image`): one per record and language, and one
 * for the site's other pages.
 */
export function previewImagePath(lang: string, kind?: PreviewKind, id?: string): string {
  return kind && id ? `og/${kind}/${id}.${lang}.png` : `og/site.${lang}.png`;
}

/** Link preview images are this size (the size Open Graph and X's large card expect). */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;
