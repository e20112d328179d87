import { apiEnvironment } from '../../runtime/env/apiEnvironment';
import { SERVICE_NAME } from '../../runtime/serviceNames';
import { LOCAL_CLIENT_ID, LOCAL_ISSUER, type LocalSigningKey } from '../../local/localAuth';
import { BENCH_TABLE } from './dynamo';
import { BUILD_DIR } from './paths';
import type { ApiEntrance } from '../../tests/helpers/apiGatewayEvent';

export const BENCH_ORIGIN = 'https://shop.example.com';
/** The API the bench's events arrive through: the stage `local`, no CloudFront or forwarding headers. */
export const BENCH_API: ApiEntrance = { stage: 'local' };

/** A numeric bench setting from the environment (BENCH_COLD_ROUNDS and the like), or its default. */
export function benchSetting(name: string, fallback: number): number {
  return process.env[name] ? Number(process.env[name]) : fallback;
}

/**
 * The environment the handlers run with: what the CDK stack sets, pointed at the bench's DynamoDB
 * Local; `traced`, with what Lambda adds where a stage traces (every stage in infra/stages.ts does):
 * Powertools Tracer and the X-Ray SDK load at init, and every DynamoDB call of a sampled invocation
 * becomes a subsegment, sent over UDP to a port nobody reads here.
 */
export function handlerEnv(endpoint: string, key: LocalSigningKey, { traced = false }: { traced?: boolean } = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of ['PATH', 'HOME', 'TMPDIR', 'LANG']) if (process.env[name]) env[name] = process.env[name]!;
  return {
    ...env,
    ...apiEnvironment({
      stage: 'bench',
      region: 'us-east-1',
      tableName: BENCH_TABLE,
      dynamoDbEndpoint: endpoint,
      corsOrigins: [BENCH_ORIGIN],
      introspection: false,
      auth: { kind: 'local', issuer: LOCAL_ISSUER, clientId: LOCAL_CLIENT_ID, jwks: key.jwks },
      cursorKey: { kind: 'static', secret: 'bench-cursor-secret-0123456789abcdefghijklmnop' },
      serviceName: SERVICE_NAME,
      logLevel: 'INFO',
      ...(traced ? { tracing: true } : {}),
    }),
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_LAMBDA_FUNCTION_NAME: 'storefront-api-bench',
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '1024',
    // The SDK warns on Node < 22 only; the Lambda runtime is Node 24.
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    ...(traced
      ? {
          AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x',
          LAMBDA_TASK_ROOT: BUILD_DIR,
          _X_AMZN_TRACE_ID: 'Root=1-6560f0a0-0123456789abcdef01234567;Parent=0123456789abcdef;Sampled=1',
          AWS_XRAY_DAEMON_ADDRESS: '127.0.0.1:2000',
        }
      : {}),
  };
}
