import type { Plugin } from 'vite';
import type { Site } from '../site';
import { buildLib } from './runner';
import { loadDataset } from './dataset';

/**
 * Writes Atom and iCalendar feeds of the validated dataset into `feeds/`: all events and one per
 * storyline, in every language (`events.en.atom`, `storylines/bsca.es.ics`, …), with absolute links
 * from SITE_URL (build/site.ts).
 */
export function feeds(dir: string, site: Site): Plugin {
  return {
    name: 'iron-river-feeds',
    apply: 'build',
    async generateBundle() {
      const [lib, { values }] = await Promise.all([buildLib(), loadDataset(dir)]);
      if (site.local) this.warn(`SITE_URL is not set: feed links point at ${site.url}`);
      const files = lib.feedFiles(
        {
          events: values.events.items,
          storylines: values.storylines.items,
          sources: values.sources.items,
          lastUpdated: values.meta.lastUpdated,
        },
        site.url,
      );
      for (const { fileName, source } of files) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
