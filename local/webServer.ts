import { join } from 'node:path';
// Vite's types by file: this project's module resolution (node10) does not read package `exports`
import type { InlineConfig, ViteDevServer } from 'vite/dist/node/index.js';
import { PROJECT_ROOT } from '../infra/projectRoot';

/** What the storefront reads from `config.json` under `npm start`. */
export interface LocalWebConfig {
  readonly apiUrl: string;
  readonly auth: { readonly kind: 'local'; readonly tokensUrl: string };
}

export interface WebServer {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * The storefront (web/) from Vite's dev server, with `config.json` pointing at the local API. It
 * runs on its own origin, so every API call is a real cross-origin call through the local gateway.
 */
export async function startWebServer({ port, config }: { port: number; config: LocalWebConfig }): Promise<WebServer> {
  const vite = 'vite';
  const { createServer } = (await import(vite)) as { createServer(config: InlineConfig): Promise<ViteDevServer> };
  const server = await createServer({
    configFile: join(PROJECT_ROOT, 'web', 'vite.config.mts'),
    logLevel: 'warn',
    clearScreen: false,
    server: { port, strictPort: true, host: 'localhost' },
    plugins: [
      {
        name: 'storefront-local-config',
        configureServer(dev) {
          dev.middlewares.use('/config.json', (_request, response) => {
            response.setHeader('content-type', 'application/json');
            response.setHeader('cache-control', 'no-store');
            response.end(JSON.stringify(config));
          });
        },
      },
    ],
  });
  await server.listen();
  return { url: `http://localhost:${port}`, stop: () => server.close() };
}
