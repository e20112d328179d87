import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlowProxy {
  readonly url: string;
  /** Added before each answer goes back; change it at any time. */
  delayMs: number;
  /** Requests it answers with DynamoDB's 500 InternalServerError instead of passing them on (by `x-amz-target` and body). */
  failWhen: ((target: string, body: string) => boolean) | undefined;
  close(): Promise<void>;
}

/**
 * An HTTP proxy in front of `target` (DynamoDB Local) that holds each answer back by `delayMs`
 * (DynamoDB Local as it answers under a burst on a busy machine: seconds per request), and fails
 * the requests `failWhen` picks, for one client only.
 */
export async function startSlowProxy(target: string, delayMs: number): Promise<SlowProxy> {
  const { hostname, port } = new URL(target);
  const state: { delayMs: number; failWhen: SlowProxy['failWhen'] } = { delayMs, failWhen: undefined };
  const server: Server = createServer(async (incoming, outgoing) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    if (state.failWhen?.(String(incoming.headers['x-amz-target'] ?? ''), body.toString('utf8'))) {
      outgoing
        .writeHead(500, { 'content-type': 'application/x-amz-json-1.0' })
        .end(JSON.stringify({ __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: 'Internal server error' }));
      return;
    }
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
    forward.end(body);
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
    get failWhen() {
      return state.failWhen;
    },
    set failWhen(next) {
      state.failWhen = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
