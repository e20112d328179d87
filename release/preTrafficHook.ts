import { type CodeDeployClient, PutLifecycleEventHookExecutionStatusCommand } from '@aws-sdk/client-codedeploy';
import { InvokeCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import { type Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyResult } from 'aws-lambda';
import { runSmokeChecks, type InvokeVersion, type SmokeCheckResult, type SmokeExpectations } from './smokeChecks';

/** What CodeDeploy sends a lifecycle hook. */
export interface LifecycleHookEvent {
  readonly DeploymentId: string;
  readonly LifecycleEventHookExecutionId: string;
}

export type HookStatus = 'Succeeded' | 'Failed';

/** What the hook's data migration reports: whether every migration has finished. */
export interface HookMigrationReport {
  readonly done: boolean;
  readonly migrated: number;
  readonly thisRun: { readonly scanned: number; readonly migrated: number; readonly durationMs: number };
}

export interface PreTrafficHookDeps {
  readonly invoke: InvokeVersion;
  /**
   * Completes the table's data migrations before the smoke checks (the pre-traffic hook only):
   * the new version may take traffic only once its data is there. Not done in time is `Failed`.
   */
  readonly migrate?: () => Promise<HookMigrationReport>;
  readonly report: (event: LifecycleHookEvent, status: HookStatus) => Promise<void>;
  readonly expectations: SmokeExpectations;
  readonly logger: Pick<Logger, 'info' | 'error'>;
}

/**
 * The pre-traffic hook: completes the table's data migrations (with `migrate`), then runs the
 * smoke checks against the new version (invoked directly, before the alias points at it) and tells CodeDeploy. `Succeeded` only when every check passed; any
 * failure, including one to reach the version, is `Failed`, and CodeDeploy rolls back.
 */
export function createPreTrafficHook({ invoke, migrate, report, expectations, logger }: PreTrafficHookDeps) {
  return async (event: LifecycleHookEvent): Promise<{ status: HookStatus; results: SmokeCheckResult[]; migration?: HookMigrationReport }> => {
    let results: SmokeCheckResult[] = [];
    let status: HookStatus = 'Failed';
    let migration: HookMigrationReport | undefined;
    try {
      if (migrate) {
        migration = await migrate();
        logger.info('Data migration', { migration, deploymentId: event.DeploymentId });
        if (!migration.done) {
          logger.error('The data migration did not finish in time: it resumes on the next deploy, or run `npm run migrate -- --table <name>`');
          await report(event, 'Failed');
          return { status: 'Failed', results, migration };
        }
      }
      results = await runSmokeChecks(invoke, expectations);
      status = results.length > 0 && results.every((result) => result.ok) ? 'Succeeded' : 'Failed';
    } catch (error) {
      logger.error(migration || !migrate ? 'Smoke checks could not run' : 'The data migration failed', { error: error as Error });
    }
    logger.info('Pre-traffic smoke checks', { status, results, deploymentId: event.DeploymentId });
    await report(event, status);
    return { status, results, ...(migration ? { migration } : {}) };
  };
}

/** Invokes a version by its qualified ARN with an API Gateway event; a function error is an exception. */
export function lambdaInvoker(client: LambdaClient, functionArn: string): InvokeVersion {
  return async (event) => {
    const answer = await client.send(new InvokeCommand({ FunctionName: functionArn, Payload: new TextEncoder().encode(JSON.stringify(event)) }));
    const text = new TextDecoder().decode(answer.Payload ?? new Uint8Array());
    if (answer.FunctionError) throw new Error(`the version failed (${answer.FunctionError}): ${text.slice(0, 500)}`);
    return JSON.parse(text) as APIGatewayProxyResult;
  };
}

/** Reports a hook's result to CodeDeploy. */
export function codeDeployReporter(client: CodeDeployClient) {
  return async ({ DeploymentId, LifecycleEventHookExecutionId }: LifecycleHookEvent, status: HookStatus) => {
    await client.send(
      new PutLifecycleEventHookExecutionStatusCommand({
        deploymentId: DeploymentId,
        lifecycleEventHookExecutionId: LifecycleEventHookExecutionId,
        status,
      }),
    );
  };
}
