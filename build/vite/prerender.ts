import type { Plugin } from 'vite';
import { ROUTES } from '../../src/config/routes';
import { LANGS } from '../../src/lib/i18n/langs';
import type { Site } from '../site';
import { buildLib } from './runner';
import { loadDataset } from './dataset';

/** The pre-rendered pages of the route table, with the HTML file each becomes. */
export function prerenderedPages() {
  return ROUTES.flatMap((route) =>
    'prerender' in route
      ? [
          {
            path: `/${route.path}`,
            fileName: route.path === '' ? 'index.html' : `${route.path}.html`,
            ...route.prerender,
          },
        ]
      : [],
  );
}

/** React's markers for server-rendered Suspense boundaries mean nothing to a static page. */
export function stripMarkers(html: string): string {
  return html
    .replace(/<template[^>]*>[\s\S]*?<\/template>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<title>[\s\S]*?<\/title>/, '');
}

/**
 * The Content-Security-Policy forbids style attributes in markup (the app sets styles from script,
 * which it allows). Each distinct one becomes a class in a stylesheet of the app's own.
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
          const rules = css
            .split(';')
            .filter((d) => d.trim())
            .map((d) => `${d.trim()} !important`);
          return `.${name}{${rules.join(';')}}`;
        })
        .join('\n');
    },
  };
}

/**
 * The first paint, before any JavaScript: each page the route table marks `prerender` becomes its
 * own HTML file, drawn in every language (build/lib/render.tsx) from the validated dataset, plus
 * the loading screen. `public/first-paint.js`, a small classic script in <head>, picks the one to
 * show (the reader's language, or the loading screen when the address is not this page) before
 * anything is drawn; the app draws over it once its code and first data are in
 * (src/app/first-paint.ts). A `VITE_DATA_URL` build draws pages without data, so a first paint
 * never shows figures the app will not.
 */
export function prerender(dir: string, site: Site, dataUrl: string | undefined): Plugin {
  return {
    name: 'iron-river-prerender',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: () => [
      { tag: 'script', attrs: { src: `${site.base}first-paint.js` }, injectTo: 'head' },
    ],
    async generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset' || typeof index.source !== 'string') return;
      const template = index.source;
      const [lib, dataset] = await Promise.all([buildLib(), loadDataset(dir)]);
      const styles = createStyleExtractor();
      const boot = `<div data-first="boot" inert>${lib.renderBoot()}</div>`;
      const basename = site.base.replace(/\/$/, '') || '/';
      const pages: { fileName: string; html: string }[] = [];
      for (const page of prerenderedPages()) {
        const data = page.data && !dataUrl ? dataset : null;
        const drawn = await Promise.all(LANGS.map((lang) => lib.renderPage(page.path, lang, basename, data)));
        if (drawn.some((html) => html === null))
          throw new Error(`prerender: ${page.path} could not be drawn`);
        const title = /<title>([\s\S]*?)<\/title>/.exec(drawn[0] ?? '')?.[1] ?? 'Iron River Tracker';
        const variants = drawn
          .map(
            (html, i) =>
              // inert: nothing in it can be clicked, typed into or focused before the app takes over.
              `<div data-first="${LANGS[i] ?? 'en'}"${i > 0 ? ` lang="${LANGS[i] ?? 'en'}"` : ''} inert>${styles.extract(stripMarkers(html ?? ''))}</div>`,
          )
          .join('');
        const html = template
          .replace(
            '<html lang="en">',
            `<html lang="en" data-page="${site.base}${page.path.slice(1)}"${'phoneOnly' in page ? ' data-phone-only' : ''}>`,
          )
          .replace(/<title>[\s\S]*?<\/title>/, `<title>${title}</title>`)
          .replace('<div id="root"></div>', `<div id="root">${variants}${boot}</div>`);
        pages.push({ fileName: page.fileName, html });
      }
      const css = this.getFileName(
        this.emitFile({ type: 'asset', name: 'first-paint.css', source: styles.stylesheet() }),
      );
      for (const { fileName, html } of pages) {
        const linked = html.replace(
          '</head>',
          `  <link rel="stylesheet" href="${site.base}${css}">\n  </head>`,
        );
        if (fileName === 'index.html') index.source = linked;
        else this.emitFile({ type: 'asset', fileName, source: linked });
      }
    },
  };
}
