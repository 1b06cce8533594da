import { ROUTES } from '@/config/routes';
import { localize } from '@/lib/i18n/lang';
import { DEFAULT_LANG, LANGS, type Lang } from '@/lib/i18n/langs';

/** A page the build draws: its address (with its language) and the HTML file it becomes. */
export interface PageToDraw {
  path: string;
  lang: Lang;
  fileName: string;
  data: boolean;
  /** The record a page shows, for pages drawn once per record. */
  record?: { kind: 'events' | 'storylines' | 'metrics'; id: string };
}

/** `/` → `index.html`, `/es` → `es.html`, `/es/events/x` → `es/events/x.html` (clean URLs). */
export function fileNameOf(path: string): string {
  return path === '/' ? 'index.html' : `${path.slice(1)}.html`;
}

/**
 * Every page of the route table the build draws, in every language: the pages marked `prerender`,
 * and for those marked `each`, one page per record of the dataset (`records`; none without data).
 */
export function pagesToDraw(
  records: Record<'events' | 'storylines' | 'metrics', readonly string[]> | null,
): PageToDraw[] {
  return ROUTES.flatMap((route) => {
    if (!('prerender' in route)) return [];
    const { data } = route.prerender;
    const each = 'each' in route.prerender ? route.prerender.each : undefined;
    const targets = each
      ? (records?.[each] ?? []).map((id) => ({
          path: `/${route.path.replace(':id', id)}`,
          record: { kind: each, id },
        }))
      : [{ path: `/${route.path}`, record: undefined }];
    return LANGS.flatMap((lang) =>
      targets.map(({ path, record }) => {
        const localized = localize(path, lang);
        return {
          path: localized,
          lang,
          fileName: fileNameOf(localized),
          data,
          ...(record ? { record } : {}),
        };
      }),
    );
  });
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${String(c.charCodeAt(0))};`);

/** `sitemap.xml`: every drawn page, with its address in each language (hreflang). */
export function sitemap(pages: readonly PageToDraw[], siteUrl: string): string {
  const url = (path: string) => new URL(path.replace(/^\//, ''), siteUrl).href;
  const entries = pages.map((page) => {
    const bare = localize(page.path, DEFAULT_LANG);
    const alternates = LANGS.map(
      (lang) =>
        `    <xhtml:link rel="alternate" hreflang="${lang}" href="${escapeXml(url(localize(bare, lang)))}"/>`,
    );
    return [
      '  <url>',
      `    <loc>${escapeXml(url(page.path))}</loc>`,
      ...alternates,
      `    <xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(url(bare))}"/>`,
      '  </url>',
    ].join('\n');
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
}

/** `robots.txt`: everything may be crawled; the sitemap says where the pages are. */
export function robots(siteUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap.xml', siteUrl).href}\n`;
}

/**
 * `_redirects` for static hosts that read it (Netlify; Cloudflare Pages ignores the query
 * conditions, and the app redirects instead): old `?lang=` links to the language's address.
 */
export function redirects(base: string): string {
  const b = base.replace(/\/$/, '');
  return `${LANGS.filter((l) => l !== DEFAULT_LANG)
    .map((lang) => `${b}/*  lang=${lang}  ${b}/${lang}/:splat  301`)
    .join('\n')}\n${b}/*  lang=${DEFAULT_LANG}  ${b}/:splat  301\n`;
}
