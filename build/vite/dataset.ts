import type { Plugin, ResolvedConfig } from 'vite';
import { join, resolve } from 'node:path';
import type { Dataset } from '../lib/dataset';
import { RESOURCES, RESOURCE_NAMES } from '../../src/data/resources';
import { buildLib, closeBuildLib, ROOT } from './runner';

/**
 * Where the published dataset comes from: `DATASET_DIR` (a folder of the contract's JSON files,
 * e.g. the frozen test dataset), or the content folder.
 */
export function datasetDir(env: Record<string, string | undefined> = process.env): string {
  return env.DATASET_DIR ? resolve(ROOT, env.DATASET_DIR) : join(ROOT, 'content');
}

const cache = new Map<string, Promise<Dataset>>();

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The validated dataset in `dir`, read once (per build, or per edit in development). */
export function loadDataset(dir: string): Promise<Dataset> {
  let loaded = cache.get(dir);
  if (!loaded) {
    loaded = buildLib().then((lib) => lib.readDataset(dir));
    cache.set(dir, loaded);
  }
  return loaded;
}

/**
 * Serves the contract (`<base>api/v1/<file>`) from the dataset: in development from memory, read
 * again when a content file changes; in the build as files of the output. Either way through the
 * content compiler and the app's own validation (src/data/registry.ts): an invalid dataset is not
 * served, and the build stops.
 */
export function dataset(dir: string): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'iron-river-dataset',
    configResolved(resolved) {
      config = resolved;
    },
    configureServer(server) {
      server.httpServer?.once('close', () => void closeBuildLib());
      // An edited content file: the dataset is read again and open pages reload; a mistake in it
      // shows in the browser's error overlay, named by file, line and field.
      server.watcher.add(dir);
      server.watcher.on('all', (_event, path) => {
        if (!path.startsWith(dir)) return;
        cache.delete(dir);
        loadDataset(dir).then(
          () => {
            server.ws.send({ type: 'full-reload' });
          },
          (error: unknown) => {
            server.ws.send({ type: 'error', err: { message: errorMessage(error), stack: '' } });
          },
        );
      });
      const prefix = `${config.base}api/v1/`;
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split('?')[0] ?? '';
        const file = path.startsWith(prefix) ? path.slice(prefix.length) : '';
        const name = RESOURCE_NAMES.find((n) => RESOURCES[n].file === file);
        if (!name) {
          next();
          return;
        }
        loadDataset(dir).then(
          (data) => {
            response.setHeader('content-type', 'application/json; charset=utf-8');
            response.end(data.files[name]);
          },
          (error: unknown) => {
            const message = errorMessage(error);
            config.logger.error(message);
            response.statusCode = 500;
            response.setHeader('content-type', 'text/plain; charset=utf-8');
            response.end(message);
          },
        );
      });
    },
    async generateBundle() {
      const data = await loadDataset(dir);
      for (const name of RESOURCE_NAMES)
        this.emitFile({
          type: 'asset',
          fileName: `api/v1/${RESOURCES[name].file}`,
          source: data.files[name],
        });
    },
    async closeBundle() {
      await closeBuildLib();
    },
  };
}
