import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlowProxy {
  readonly url: string;
  /** Added before each answer goes back; change it at any time. */
  delayMs: number;
  close(): Promise<void>;
}

/**
 * An HTTP proxy in front of `target` (DynamoDB Local) that holds each answer back by `delayMs`:
 * DynamoDB Local as it answers under a burst on a busy machine (seconds per request), for one
 * client only.
 */
export async function startSlowProxy(target: string, delayMs: number): Promise<SlowProxy> {
  const { hostname, port } = new URL(target);
  const state = { delayMs };
  const server: Server = createServer((incoming, outgoing) => {
    const forward = httpRequest({ hostname, port, method: incoming.method, path: incoming.url, headers: incoming.headers }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () =>
        setTimeout(() => {
          if (outgoing.destroyed) return;
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers).end(Buffer.concat(chunks));
        }, state.delayMs),
      );
    });
    forward.on('error', () => outgoing.destroy());
    incoming.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get delayMs() {
      return state.delayMs;
    },
    set delayMs(next) {
      state.delayMs = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
