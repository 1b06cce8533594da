import { cutAtWord } from '@/lib/words';
import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { dropBuiltHead } from '@/lib/built-head';
import { env } from '@/config/env';
import { previewImagePath, PREVIEW_SIZE, type PreviewKind } from '@/config/og';
import { alternates } from '@/lib/i18n/lang';
import { DEFAULT_LANG, LOCALES } from '@/lib/i18n/langs';
import { useI18n } from '@/lib/i18n/context';

/** A description fit for a search result or a link preview: whole words, at most ~200 characters. */
export function summarize(text: string, max = 200): string {
  return cutAtWord(text.replace(/\s+/g, ' ').trim(), max);
}

const absolute = (path: string) => new URL(path.replace(/^\//, ''), env.siteUrl).href;

/**
 * A page's head: its title, description, canonical address, its address in each language
 * (`hreflang`, English as `x-default`), its oEmbed response if it can be embedded, and Open Graph
 * and X card tags with its preview image.
 * React puts them in the document's head; the build writes the same tags into each page's HTML,
 * so link previews (which run no script) see them.
 */
export function PageHead({
  title,
  description,
  preview,
  article = false,
  index = true,
  oembed,
}: {
  title: string;
  description: string;
  /** The record whose preview image the page shows (the site's image otherwise). */
  preview?: { kind: PreviewKind; id: string };
  article?: boolean;
  /** False for pages search engines should not list (a page that was not found). */
  index?: boolean;
  /** Where the oEmbed response of an embeddable page is published (relative to the base). */
  oembed?: string;
}) {
  const { lang, m } = useI18n();
  const { pathname } = useLocation();
  // React has written this page's head: the one the build wrote goes (a no-op after the first page).
  useEffect(dropBuiltHead, []);
  const full = title === m.appName ? title : `${title} · ${m.appName}`;
  const text = summarize(description);
  const image = absolute(previewImagePath(lang, preview?.kind, preview?.id));
  const others = alternates(pathname);
  const url = absolute(pathname);
  return (
    <>
      <title>{full}</title>
      <meta name="description" content={text} />
      {index ? (
        <>
          <link rel="canonical" href={url} />
          {others.map((alt) => (
            <link key={alt.lang} rel="alternate" hrefLang={alt.lang} href={absolute(alt.path)} />
          ))}
          <link
            rel="alternate"
            hrefLang="x-default"
            href={absolute(others.find((alt) => alt.lang === DEFAULT_LANG)?.path ?? pathname)}
          />
        </>
      ) : (
        <meta name="robots" content="noindex" />
      )}
      {oembed ? (
        <link rel="alternate" type="application/json+oembed" href={absolute(oembed)} title={full} />
      ) : null}
      <meta property="og:site_name" content={m.appName} />
      <meta property="og:type" content={article ? 'article' : 'website'} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={text} />
      <meta property="og:url" content={url} />
      <meta property="og:locale" content={LOCALES[lang].replace('-', '_')} />
      <meta property="og:image" content={image} />
      <meta property="og:image:type" content="image/png" />
      <meta property="og:image:width" content={String(PREVIEW_SIZE.width)} />
      <meta property="og:image:height" content={String(PREVIEW_SIZE.height)} />
      <meta property="og:image:alt" content={title} />
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:title" content={title} />
      <meta name="twitter:description" content={text} />
      <meta name="twitter:image" content={image} />
    </>
  );
}
