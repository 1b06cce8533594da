import { join } from 'node:path';
import type { Plugin } from 'vite';
import { buildLib, ROOT } from './runner';
import { loadDataset } from './dataset';

/**
 * The embeds (build/lib/embeds.tsx): a second entry, `embed.html` (the metric embed's own small
 * script, `src/embed/metric.tsx`, and the embeds' stylesheet), used as the template of every embed
 * page; then each metric panel and storyline drawn into it, in every language, with its oEmbed
 * response beside it. A storyline's page keeps no script. The template itself is not published.
 * A `VITE_DATA_URL` build draws none: the data is another server's.
 */
export function embeds(dir: string, dataUrl: string | undefined): Plugin {
  return {
    name: 'iron-river-embeds',
    apply: 'build',
    enforce: 'post',
    config: () => ({
      build: {
        rolldownOptions: {
          input: { index: join(ROOT, 'index.html'), embed: join(ROOT, 'embed.html') },
        },
      },
    }),
    async generateBundle(_options, bundle) {
      const template = bundle['embed.html'];
      if (template?.type !== 'asset' || typeof template.source !== 'string') return;
      const source = template.source;
      delete bundle['embed.html'];
      if (dataUrl) return;
      const [lib, dataset] = await Promise.all([buildLib(), loadDataset(dir)]);
      const pages = lib.embedsToDraw({
        metrics: dataset.values.metrics.items.map((m) => m.id),
        storylines: dataset.values.storylines.items.map((s) => s.id),
      });
      for (const embed of pages) {
        const { head, body } = await lib.renderEmbed(embed, dataset);
        // The Content-Security-Policy refuses style attributes, and these pages have no stylesheet of
        // their own to move them to (unlike the app's, build/vite/prerender.ts).
        if (/<[a-z][^>]*\sstyle="/i.test(body))
          throw new Error(`embeds: ${embed.path} has a style attribute`);
        let html = source
          .replace('<html lang="en">', `<html lang="${embed.lang}">`)
          .replace('</head>', `  ${head}\n  </head>`)
          .replace('<main id="embed"></main>', `<main id="embed">${body}</main>`)
          // An embed is no app to install.
          .replace(/\s*<link rel="manifest"[^>]*>/, '');
        // A storyline's embed is complete as drawn: no script at all, and live (`data-live`, as the
        // app marks a page it has taken over) from the start.
        if (embed.kind === 'storylines')
          html = html
            .replace(/\s*<script type="module"[^>]*><\/script>/g, '')
            .replace(`<html lang="${embed.lang}">`, `<html lang="${embed.lang}" data-live>`);
        this.emitFile({ type: 'asset', fileName: embed.fileName, source: html });
        this.emitFile({
          type: 'asset',
          fileName: embed.oembedFile,
          source: `${JSON.stringify(await lib.oembedResponse(embed, dataset), null, 2)}\n`,
        });
      }
    },
  };
}
