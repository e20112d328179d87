import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDynamoClient } from '../../data/client';
import { createDb, type Db } from '../../data/db';
import { startDynamoDbLocal, type DynamoDbLocal } from '../../local/dynamoDbLocal';
import { ensureTable } from '../../local/ensureTable';
import { seedDemoData } from '../../local/seed';

export const BENCH_TABLE = 'storefront-bench';

export interface BenchDynamo {
  /** DynamoDB Local itself. */
  readonly local: DynamoDbLocal;
  /** Counting proxy in front of it: point handlers here. */
  readonly endpoint: string;
  /** DynamoDB operations (X-Amz-Target suffix, e.g. "Query") that went through the proxy since the last reset. */
  readonly calls: string[];
  readonly db: Db;
  stop(): Promise<void>;
}

/**
 * DynamoDB Local with the single table and the demo data, behind a small HTTP proxy on
 * 127.0.0.1 that records every request's operation. The proxy counts what the production
 * bundle sends without any hook inside it.
 */
export async function startBenchDynamo(): Promise<BenchDynamo> {
  const local = await startDynamoDbLocal();
  await ensureTable(local.endpoint, BENCH_TABLE);
  const db = createDb({
    client: createDynamoClient({ region: 'us-east-1', endpoint: local.endpoint, requestTimeoutMs: 30_000 }),
    tableName: BENCH_TABLE,
  });
  await seedDemoData(db);

  const calls: string[] = [];
  const agent = new http.Agent({ keepAlive: true });
  const proxy = http.createServer((req, res) => {
    calls.push(
      String(req.headers['x-amz-target'] ?? 'unknown')
        .split('.')
        .pop()!,
    );
    const upstream = http.request(
      { host: '127.0.0.1', port: local.port, method: req.method, path: req.url, headers: req.headers, agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 500, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', (error) => {
      res.writeHead(502);
      res.end(String(error));
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  return {
    local,
    endpoint,
    calls,
    db,
    async stop() {
      proxy.closeAllConnections();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
      agent.destroy();
      await local.stop();
    },
  };
}
