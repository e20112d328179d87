import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { graphqlCacheKey } from '../runtime/cacheKey';
import { headerValue } from '../runtime/cors';

/**
 * The stage cache as API Gateway applies it to `GET /graphql`, at its worst: entries keyed by the
 * same parameters as the deployed cache (`graphqlCacheKey`), kept for the stage's TTL, whatever
 * the status of the function's answer (API Gateway ignores both the status and `Cache-Control`).
 * A failed invocation leaves no answer to store. POST is never cached.
 */
export class ResponseCache {
  private readonly entries = new Map<string, { expiresAt: number; result: APIGatewayProxyResult }>();

  constructor(private readonly ttlSeconds: number) {}

  static keyOf(event: APIGatewayProxyEvent): string | undefined {
    if (event.httpMethod !== 'GET') return undefined;
    const query = event.queryStringParameters ?? {};
    return JSON.stringify([
      ...graphqlCacheKey.queryString.map((name) => query[name] ?? null),
      ...graphqlCacheKey.headers.map((name) => headerValue(event.headers, name) ?? null),
    ]);
  }

  get(key: string, now = Date.now()): APIGatewayProxyResult | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.result;
  }

  set(key: string, result: APIGatewayProxyResult, now = Date.now()): void {
    this.entries.set(key, { expiresAt: now + this.ttlSeconds * 1000, result });
  }

  /** FlushStageCache. */
  clear(): void {
    this.entries.clear();
  }
}
