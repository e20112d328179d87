import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { askForCapacity, operationOf, unitsOf } from './consumedCapacity';

/** What went through a capacity proxy since it was last taken. */
export interface Usage {
  /** DynamoDB operations, in the order they were sent (`Query`, `BatchGetItem`, …). */
  readonly calls: string[];
  readUnits: number;
  writeUnits: number;
}

export interface CapacityProxy {
  /** Point a DynamoDB client here. */
  readonly endpoint: string;
  /** The usage so far, and a fresh count from here on. */
  take(): Usage;
  stop(): Promise<void>;
}

const emptyUsage = (): Usage => ({ calls: [], readUnits: 0, writeUnits: 0 });

/**
 * A proxy on 127.0.0.1 in front of DynamoDB Local that asks every request for its consumed
 * capacity (`ReturnConsumedCapacity: TOTAL`) and adds up the units the answers report, so the
 * bench measures what a bundle consumes without a hook inside it. DynamoDB Local does not check
 * request signatures, so the changed body goes through.
 */
export async function startCapacityProxy(upstreamPort: number, agent = new http.Agent({ keepAlive: true })): Promise<CapacityProxy> {
  let usage = emptyUsage();
  const server = http.createServer((req, res) => {
    const operation = operationOf(req.headers['x-amz-target'] as string | undefined);
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const counted = usage;
      counted.calls.push(operation);
      const body = Buffer.from(askForCapacity(operation, Buffer.concat(chunks).toString('utf8') || '{}'));
      const upstream = http.request(
        {
          host: '127.0.0.1',
          port: upstreamPort,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, 'content-length': String(body.length) },
          agent,
        },
        (answer) => {
          const parts: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => parts.push(chunk));
          answer.on('end', () => {
            const text = Buffer.concat(parts);
            try {
              const units = unitsOf(operation, JSON.parse(text.toString('utf8') || '{}'));
              counted.readUnits += units.read;
              counted.writeUnits += units.write;
            } catch {
              // not JSON: an error page; nothing consumed
            }
            res.writeHead(answer.statusCode ?? 500, answer.headers);
            res.end(text);
          });
        },
      );
      upstream.on('error', (error) => {
        res.writeHead(502);
        res.end(String(error));
      });
      upstream.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    take() {
      const taken = usage;
      usage = emptyUsage();
      return taken;
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
