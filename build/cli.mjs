// Runs an editor's command on the content folder (`npm run data:check`, `data:new`, `data:export`,
// `data:import`, `data:accept`, `data:dismiss`, and the monitor, `npm run monitor`):
// build/content/cli.ts, loaded through Vite's module runner so it reads the content with the app's
// own schemas. CONTENT_DIR points at another content folder.
import { createServer, createServerModuleRunner } from 'vite';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const server = await createServer({
  configFile: false,
  root,
  logLevel: 'warn',
  appType: 'custom',
  resolve: { alias: { '@': `${root}src` } },
  server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] },
});
async function main() {
  try {
    const runner = createServerModuleRunner(server.environments.ssr, { hmr: false });
    const { run } = await runner.import('/build/content/cli.ts');
    // Awaited here, so the runner stays open while an asynchronous command (the monitor) runs.
    return await run(resolve(process.env.CONTENT_DIR ?? `${root}content`), ...process.argv.slice(2));
  } finally {
    await server.close();
  }
}
process.exit(await main());
