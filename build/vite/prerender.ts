import type { Plugin } from 'vite';
import { DEFAULT_LANG } from '../../src/lib/i18n/langs';
import type { Site } from '../site';
import { buildLib } from './runner';
import { loadDataset } from './dataset';

/**
 * The Content-Security-Policy forbids style attributes in markup (the app sets styles from script,
 * which it allows). Each distinct one in a drawn page becomes a class in a stylesheet of the app's
 * own. Without `!important`: once the page hydrates, a style React sets later wins over the class.
 */
export function createStyleExtractor() {
  const styles = new Map<string, string>();
  return {
    extract(html: string): string {
      return html.replace(/<[a-zA-Z][^>]*\sstyle="[^"]*"[^>]*>/g, (tag) => {
        const style = /\sstyle="([^"]*)"/.exec(tag)?.[1] ?? '';
        let name = styles.get(style);
        if (!name) {
          name = `fp${String(styles.size)}`;
          styles.set(style, name);
        }
        const rest = tag.replace(/\sstyle="[^"]*"/, '');
        return /\sclass="/.test(rest)
          ? rest.replace(/\sclass="([^"]*)"/, ` class="$1 ${name}"`)
          : rest.replace(/^(<[a-zA-Z][^\s/>]*)/, `$1 class="${name}"`);
      });
    },
    stylesheet(): string {
      return [...styles]
        .map(([style, name]) => {
          const css = style
            .replace(/&quot;/g, '"')
            .replace(/&#x27;/g, "'")
            .replace(/&amp;/g, '&');
          return `.${name}{${css}}`;
        })
        .join('\n');
    },
  };
}

/**
 * Every public page drawn at build time as its own HTML file in one language (build/lib/render.tsx),
 * from the validated dataset: its content, and in its head the tags its React `<PageHead>` renders
 * (title, description, canonical, hreflang, Open Graph), between `<!--page-head-->` markers that
 * the app removes before it writes its own. The browser hydrates it (src/main.tsx). A
 * `VITE_DATA_URL` build draws the site's pages without data and no per-record pages: the data is
 * another server's, so the app draws those in the browser. Also writes `404.html`, `sitemap.xml`,
 * `robots.txt` and `_redirects`.
 */
export function prerender(dir: string, site: Site, dataUrl: string | undefined): Plugin {
  return {
    name: 'iron-river-prerender',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset' || typeof index.source !== 'string') return;
      const template = index.source;
      const [lib, dataset] = await Promise.all([buildLib(), loadDataset(dir)]);
      const withData = !dataUrl;
      const records = withData
        ? {
            events: dataset.values.events.items.map((e) => e.id),
            storylines: dataset.values.storylines.items.map((s) => s.id),
            metrics: dataset.values.metrics.items.map((m) => m.id),
          }
        : null;
      const styles = createStyleExtractor();
      const basename = site.base.replace(/\/$/, '') || '/';
      const pages = lib.pagesToDraw(records);
      const drawn: { fileName: string; html: string }[] = [];
      const page = (path: string, lang: string, head: string, body: string, served: boolean) =>
        template
          .replace(
            '<html lang="en">',
            `<html lang="${lang}"${served ? ` data-page="${`${site.base}${path.slice(1)}`.replace(/(.)\/$/, '$1')}"` : ''}>`,
          )
          .replace('</head>', `<!--page-head-->${head}<!--/page-head-->\n  </head>`)
          .replace('<div id="root"></div>', `<div id="root">${styles.extract(body)}</div>`);
      for (const p of pages) {
        const rendered = await lib.renderPage(p.path, basename, p.data && withData ? dataset : null);
        if (!rendered) throw new Error(`prerender: ${p.path} could not be drawn`);
        // Drawn without data (a VITE_DATA_URL build), a page is replaced in the browser, not hydrated.
        drawn.push({
          fileName: p.fileName,
          html: page(p.path, p.lang, rendered.head, rendered.body, p.data && withData),
        });
      }
      // What static hosts serve for an address with no file: the not-found page, drawn in the browser
      // for whatever address it was served at.
      const missing = await lib.renderPage('/no-such-page', basename, null);
      if (!missing) throw new Error('prerender: the not-found page could not be drawn');
      drawn.push({
        fileName: '404.html',
        html: page('/404', DEFAULT_LANG, missing.head, missing.body, false),
      });
      const css = this.getFileName(
        this.emitFile({ type: 'asset', name: 'pages.css', source: styles.stylesheet() }),
      );
      for (const { fileName, html } of drawn) {
        const linked = html.replace(
          '</head>',
          `  <link rel="stylesheet" href="${site.base}${css}">\n  </head>`,
        );
        if (fileName === 'index.html') index.source = linked;
        else this.emitFile({ type: 'asset', fileName, source: linked });
      }
      this.emitFile({ type: 'asset', fileName: 'sitemap.xml', source: lib.sitemap(pages, site.url) });
      this.emitFile({ type: 'asset', fileName: 'robots.txt', source: lib.robots(site.url) });
      this.emitFile({ type: 'asset', fileName: '_redirects', source: lib.redirects(site.base) });
    },
  };
}
