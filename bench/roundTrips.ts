import type { APIGatewayProxyResult } from 'aws-lambda';
import { lambdaContext } from '../local/lambdaContext';
import { graphqlEvent } from '../tests/helpers/apiGatewayEvent';
import { BENCH_API, BENCH_ORIGIN } from './lib/env';
import type { ContractOperation } from './lib/operations';
import { mean, percentile, round } from './lib/stats';

type Handler = (event: unknown, context: unknown) => Promise<unknown>;

export interface RoundTripRow {
  readonly operation: string;
  readonly requests: number;
  readonly calls: string[];
  readonly minimum: number;
  readonly minimumDetail: string;
  readonly ratio: number;
  readonly errors?: string[];
}

export interface WarmUpPing {
  readonly dynamoCalls: number;
  readonly firstPingUs: number;
  readonly meanUs: number;
  readonly p50Us: number;
  readonly p99Us: number;
  readonly pings: number;
}

/** Invoked through the alias named after the bench's stage, as API Gateway invokes a deployed stage. */
const benchContext = () => lambdaContext({ functionName: 'storefront-api-bench', alias: 'bench' });

/** Sends one GraphQL operation through the handler as an API Gateway REST proxy event. */
export async function send(handler: Handler, request: { query: string; variables?: Record<string, unknown>; token?: string }) {
  const result = (await handler(graphqlEvent({ ...request, headers: { Origin: BENCH_ORIGIN } }, BENCH_API), benchContext())) as APIGatewayProxyResult;
  return {
    statusCode: result.statusCode,
    body: JSON.parse(result.body) as { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> },
  };
}

/**
 * Every contract operation once, in order, counting the DynamoDB requests each one sends. A
 * trivial query goes first, so that what a container reads once (its alias's runtime settings,
 * started during init) is reported on its own row instead of being charged to the first operation.
 */
export async function measureRoundTrips(handler: Handler, operations: readonly ContractOperation[], calls: string[]): Promise<RoundTripRow[]> {
  const previous: Record<string, any> = {};
  calls.length = 0;
  await send(handler, { query: '{ __typename }' });
  const rows: RoundTripRow[] = [
    {
      operation: 'container init + first request ({ __typename })',
      requests: calls.length,
      calls: [...calls],
      minimum: 1,
      minimumDetail: 'runtime settings, once per container',
      ratio: calls.length,
    },
  ];
  for (const operation of operations) {
    const request = operation.request(previous);
    calls.length = 0;
    const response = await send(handler, request);
    const seen = [...calls];
    previous[operation.name] = response.body.data;
    const errors = response.body.errors?.map((error) => `${error.extensions?.code ?? ''} ${error.message}`);
    rows.push({
      operation: operation.name,
      requests: seen.length,
      calls: seen,
      minimum: operation.minimum,
      minimumDetail: operation.minimumDetail,
      ratio: round(seen.length / operation.minimum, 2),
      ...(errors?.length ? { errors } : {}),
    });
  }
  return rows;
}

/** The scheduled warm-up ping: its handler time and the DynamoDB requests it causes (goal: none). */
export async function measureWarmUpPing(handler: Handler, calls: string[], pings = 5_000): Promise<WarmUpPing> {
  calls.length = 0;
  const context = benchContext();
  const first = process.hrtime.bigint();
  await handler({ warmer: true }, context);
  const firstPingUs = Number(process.hrtime.bigint() - first) / 1e3;
  const times: number[] = [];
  for (let index = 0; index < pings; index++) {
    const started = process.hrtime.bigint();
    await handler({ warmer: true }, context);
    times.push(Number(process.hrtime.bigint() - started) / 1e3);
  }
  return {
    dynamoCalls: calls.length,
    firstPingUs: round(firstPingUs),
    meanUs: round(mean(times), 2),
    p50Us: round(percentile(times, 50), 2),
    p99Us: round(percentile(times, 99), 2),
    pings,
  };
}
