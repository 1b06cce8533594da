import { createServer, createServerModuleRunner, type ViteDevServer } from 'vite';
import { fileURLToPath } from 'node:url';
import type * as BuildLib from '../lib/index';
import { readSite, siteDefine } from '../site';

/** The project's root folder (where package.json is). */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let server: ViteDevServer | undefined;
let loaded: Promise<typeof BuildLib> | undefined;

/**
 * The build's code that shares the app's modules (the resource registry, its schemas, the route
 * tree): loaded through a Vite module runner, which resolves the app's `@/` imports and compiles
 * TypeScript and JSX, so the build reads data through exactly the validation the app uses. The
 * plugins themselves import only its types (`vite.config.ts` is bundled without that alias).
 */
export function buildLib(): Promise<typeof BuildLib> {
  loaded ??= (async () => {
    server = await createServer({
      configFile: false,
      root: ROOT,
      logLevel: 'warn',
      mode: 'production',
      // The app's modules read the base path (import.meta.env.BASE_URL) as the built app does.
      base: readSite().base,
      define: siteDefine(readSite()),
      appType: 'custom',
      resolve: { alias: { '@': `${ROOT}src` } },
      server: { middlewareMode: true, hmr: false, ws: false, watch: null },
      optimizeDeps: { noDiscovery: true, include: [] },
    });
    const runner = createServerModuleRunner(server.environments.ssr, { hmr: false });
    return runner.import<typeof BuildLib>('/build/lib/index.ts');
  })();
  return loaded;
}

/** Stops the module runner's server (at the end of a build, or with the dev server). */
export async function closeBuildLib(): Promise<void> {
  const open = server;
  server = undefined;
  loaded = undefined;
  await open?.close();
}
