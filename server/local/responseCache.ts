import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { headerValue } from '../cors';

/** The query-string parameters and header API Gateway's cache key is made of (see infra). */
export const CACHE_KEY_QUERY_PARAMETERS = ['query', 'variables', 'operationName', 'extensions'] as const;
export const CACHE_KEY_HEADERS = ['Authorization'] as const;

/**
 * The stage cache as API Gateway applies it to `GET /graphql`: entries keyed by every parameter
 * that changes the answer, kept for the stage's TTL. POST is never cached.
 */
export class ResponseCache {
  private readonly entries = new Map<string, { expiresAt: number; result: APIGatewayProxyResult }>();

  constructor(private readonly ttlSeconds: number) {}

  static keyOf(event: APIGatewayProxyEvent): string | undefined {
    if (event.httpMethod !== 'GET') return undefined;
    const query = event.queryStringParameters ?? {};
    return JSON.stringify([
      ...CACHE_KEY_QUERY_PARAMETERS.map((name) => query[name] ?? null),
      ...CACHE_KEY_HEADERS.map((name) => headerValue(event.headers, name) ?? null),
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
    if (result.statusCode === 200) this.entries.set(key, { expiresAt: now + this.ttlSeconds * 1000, result });
  }
}
