import { existsSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join, relative } from 'node:path';
import type { Connect, InlineConfig, PreviewServer, ViteDevServer } from 'vite';
import { PROJECT_ROOT } from '../infra/projectRoot';
import { securityHeaders } from '../infra/siteHeaders';

/** The storefront's production build, as `npm run build:web` writes it. */
const WEB_DIST = join(PROJECT_ROOT, 'web', 'dist');

/** What the storefront reads from `config.json` under `npm start`. */
export interface LocalWebConfig {
  readonly apiUrl: string;
  readonly auth: { readonly kind: 'local'; readonly tokensUrl: string };
  /** The local provider's test cards: nothing of Stripe loads under `npm start`. */
  readonly payments: { readonly provider: 'local' };
}

export interface WebServer {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * The storefront (web/) from Vite's dev server, with `config.json` pointing at the local API. It
 * runs on its own origin, so every API call is a real cross-origin call through the local gateway.
 * `built`: the production build (web/dist) instead, with the security headers CloudFront sends
 * (Content-Security-Policy naming the local API), as a deployed stage serves it.
 */
export async function startWebServer({
  port,
  config,
  built = false,
  distDir = WEB_DIST,
  log = () => undefined,
  mediaOrigin,
}: {
  port: number;
  config: LocalWebConfig;
  built?: boolean;
  /** Where the production build is, and is written when missing: web/dist unless given. */
  distDir?: string;
  /** Where a line about building the storefront goes. */
  log?: (line: string) => void;
  /** Where `/media/*` is read from (the local S3 server's bucket URL), as CloudFront's `/media/*` behaviour reads the media bucket. */
  mediaOrigin?: string;
}): Promise<WebServer> {
  const vite = 'vite';
  const { build, createServer, preview } = (await import(vite)) as {
    build(config: InlineConfig): Promise<unknown>;
    createServer(config: InlineConfig): Promise<ViteDevServer>;
    preview(config: InlineConfig): Promise<PreviewServer>;
  };
  const serveConfig = (middlewares: Connect.Server) => {
    middlewares.use('/config.json', (_request, response) => {
      response.setHeader('content-type', 'application/json');
      response.setHeader('cache-control', 'no-store');
      response.end(JSON.stringify(config));
    });
    if (mediaOrigin) middlewares.use('/media', mediaProxy(mediaOrigin));
  };
  const common: InlineConfig = { configFile: join(PROJECT_ROOT, 'web', 'vite.config.mts'), logLevel: 'warn', clearScreen: false };
  const listen = { port, strictPort: true, host: 'localhost' };
  if (built) {
    const output = { ...common, build: { outDir: distDir, emptyOutDir: true } };
    // a fresh clone has no build yet: make it, as `npm run build:web` does
    if (!existsSync(join(distDir, 'index.html'))) {
      log(`Building the storefront: ${relative(PROJECT_ROOT, distDir)} is missing (\`npm run build:web\` rebuilds it)…`);
      await build(output);
    }
    const server = await preview({
      ...output,
      preview: {
        ...listen,
        headers: securityHeaders({
          apiOrigin: new URL(config.apiUrl).origin,
          authOrigins: [],
          // the admin pages post presigned uploads to the local S3 server, as to the media bucket on AWS
          uploadOrigins: mediaOrigin ? [new URL(mediaOrigin).origin] : [],
        }),
      },
      plugins: [{ name: 'storefront-local-config', configurePreviewServer: (server) => void serveConfig(server.middlewares) }],
    });
    return { url: `http://localhost:${port}`, stop: () => server.close() };
  }
  const server = await createServer({
    ...common,
    server: listen,
    plugins: [{ name: 'storefront-local-config', configureServer: (dev) => void serveConfig(dev.middlewares) }],
  });
  await server.listen();
  return { url: `http://localhost:${port}`, stop: () => server.close() };
}

/** `/media/*` from the media bucket: GET and HEAD only, with the object's own headers (its year-long Cache-Control). */
function mediaProxy(mediaOrigin: string): Connect.NextHandleFunction {
  return (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.statusCode = 405;
      response.end();
      return;
    }
    // connect strips the mount path: request.url is what follows /media
    const upstream = httpRequest(`${mediaOrigin}/media${request.url ?? ''}`, { method: request.method }, (answer) => {
      response.statusCode = answer.statusCode === 403 ? 404 : (answer.statusCode ?? 502);
      for (const name of ['content-type', 'content-length', 'cache-control', 'etag', 'last-modified']) {
        const value = answer.headers[name];
        if (value !== undefined) response.setHeader(name, value);
      }
      answer.pipe(response);
    });
    upstream.on('error', () => {
      response.statusCode = 502;
      response.end();
    });
    upstream.end();
  };
}
