import type { Plugin, ResolvedConfig } from 'vite';
import { buildLib } from './runner';
import { loadDataset } from './dataset';

/**
 * The full dataset as one versioned download (`downloads/iron-river-tracker-<version>.zip`: the
 * contract's JSON, a CSV per resource and the codebook; build/lib/download.ts), emitted with the
 * build and served by the dev server. Not in the offline cache: it is fetched when asked for.
 */
export function download(dir: string): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'iron-river-download',
    configResolved(resolved) {
      config = resolved;
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split('?')[0] ?? '';
        if (!path.startsWith(`${config.base}downloads/`) || !path.endsWith('.zip')) {
          next();
          return;
        }
        Promise.all([buildLib(), loadDataset(dir)]).then(
          ([lib, data]) => {
            if (path !== `${config.base}${lib.downloadName(data.values.meta.datasetVersion)}`) {
              next();
              return;
            }
            response.setHeader('content-type', 'application/zip');
            response.end(lib.datasetZip(data));
          },
          (error: unknown) => {
            next(error);
          },
        );
      });
    },
    async generateBundle() {
      const [lib, data] = await Promise.all([buildLib(), loadDataset(dir)]);
      this.emitFile({
        type: 'asset',
        fileName: lib.downloadName(data.values.meta.datasetVersion),
        source: lib.datasetZip(data),
      });
    },
  };
}
