// Lambda entry point of the pre-traffic hook: CodeDeploy calls it after publishing the API's new
// version and before shifting the stage alias to it (and, as the post-traffic hook, after). Before
// the traffic shift it also completes the table's data migrations (docs/variants.md). Its
// configuration names that version (runtime/env/preTrafficHookEnvironment.ts).
import { CodeDeployClient } from '@aws-sdk/client-codedeploy';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { Logger } from '@aws-lambda-powertools/logger';
import type { Context } from 'aws-lambda';
import { createDynamoClient } from '../data/client';
import { createDb } from '../data/db';
import { loadPreTrafficHookConfig } from '../runtime/env/preTrafficHookEnvironment';
import { migrateDefaultVariants } from './defaultVariantsMigration';
import { codeDeployReporter, createPreTrafficHook, lambdaInvoker, type LifecycleHookEvent } from './preTrafficHook';

const config = loadPreTrafficHookConfig();

/** Time the smoke checks and the report need after the migration, out of the function's timeout. */
const CHECKS_RESERVE_MS = 90_000;

const hook = createPreTrafficHook({
  invoke: lambdaInvoker(new LambdaClient({}), config.targetVersionArn),
  ...(config.migrations ? { migrate: migrator(config.migrations) } : {}),
  report: codeDeployReporter(new CodeDeployClient({})),
  expectations: config.expectations,
  logger: new Logger({ serviceName: 'storefront-release', logLevel: config.logLevel }),
});

let deadline = 0;

export const handler = async (event: LifecycleHookEvent, context?: Pick<Context, 'getRemainingTimeInMillis'>) => {
  deadline = Date.now() + (context?.getRemainingTimeInMillis() ?? 15 * 60_000) - CHECKS_RESERVE_MS;
  return (await hook(event)).status;
};

/** The default-variants migration on the stage's table, within what is left of this invocation's time. */
function migrator({ tableName, region }: { tableName: string; region: string }) {
  const db = createDb({ client: createDynamoClient({ region }), tableName });
  return () => migrateDefaultVariants(db, { timeBudgetMs: Math.max(deadline - Date.now(), 0) });
}
