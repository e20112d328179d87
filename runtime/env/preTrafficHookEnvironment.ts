// The release hooks' environment contract (release/lambda.ts, before and after the traffic shift):
// every variable the hook reads, its typed config read once at init, and the writer CDK's
// SafeRelease sets them with. Adding a variable: a field of PreTrafficHookConfig, its name in
// PRE_TRAFFIC_HOOK_VARIABLES, one line in each of the reader and the writer.
import type { LogLevel } from '../../core/logLevels';
import { readEnv, type Env } from './readEnv';
import { writeEnv, type EnvVariables } from './writeEnv';

export interface PreTrafficHookConfig {
  /** The version (or alias) of the API the hook invokes: the new version CodeDeploy is releasing. */
  readonly targetVersionArn: string;
  /** What the smoke checks expect of it: the stage's introspection, and the stage it answers for. */
  readonly expectations: { readonly introspection: boolean; readonly stage: string };
  readonly logLevel: LogLevel;
  /**
   * The table whose data migrations the hook completes before its smoke checks (the pre-traffic
   * hook only), in `region`; unset: the hook migrates nothing.
   */
  readonly migrations?: { readonly tableName: string; readonly region: string };
}

/** Every variable of the hook's environment, by the input it carries. */
export const PRE_TRAFFIC_HOOK_VARIABLES = {
  stage: 'STAGE',
  targetVersionArn: 'TARGET_VERSION_ARN',
  expectIntrospection: 'EXPECT_INTROSPECTION',
  logLevel: 'POWERTOOLS_LOG_LEVEL',
  tableName: 'TABLE_NAME',
  region: 'AWS_REGION',
} as const;

const v = PRE_TRAFFIC_HOOK_VARIABLES;

/** Reads and validates the hook's configuration, failing fast with a ConfigError that names the variable. */
export function loadPreTrafficHookConfig(env: Env = process.env): PreTrafficHookConfig {
  const read = readEnv(env);
  const tableName = read.optional(v.tableName);
  return {
    targetVersionArn: read.required(v.targetVersionArn),
    expectations: { introspection: read.boolean(v.expectIntrospection), stage: read.required(v.stage) },
    logLevel: read.logLevel(v.logLevel),
    ...(tableName ? { migrations: { tableName, region: read.optional(v.region) ?? 'us-east-1' } } : {}),
  };
}

/** The variables that give the hook `config`. */
export function preTrafficHookEnvironment(config: PreTrafficHookConfig): EnvVariables {
  return writeEnv({
    [v.stage]: config.expectations.stage,
    [v.targetVersionArn]: config.targetVersionArn,
    [v.expectIntrospection]: String(config.expectations.introspection),
    [v.logLevel]: config.logLevel,
    // Lambda sets AWS_REGION itself
    [v.tableName]: config.migrations?.tableName,
  });
}
