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

export interface PreTrafficHookDeps {
  readonly invoke: InvokeVersion;
  readonly report: (event: LifecycleHookEvent, status: HookStatus) => Promise<void>;
  readonly expectations: SmokeExpectations;
  readonly logger: Pick<Logger, 'info' | 'error'>;
}

/**
 * The pre-traffic hook: runs the smoke checks against the new version (invoked directly, before
 * the alias points at it) and tells CodeDeploy. `Succeeded` only when every check passed; any
 * failure, including one to reach the version, is `Failed`, and CodeDeploy rolls back.
 */
export function createPreTrafficHook({ invoke, report, expectations, logger }: PreTrafficHookDeps) {
  return async (event: LifecycleHookEvent): Promise<{ status: HookStatus; results: SmokeCheckResult[] }> => {
    let results: SmokeCheckResult[] = [];
    let status: HookStatus = 'Failed';
    try {
      results = await runSmokeChecks(invoke, expectations);
      status = results.length > 0 && results.every((result) => result.ok) ? 'Succeeded' : 'Failed';
    } catch (error) {
      logger.error('Smoke checks could not run', { error: error as Error });
    }
    logger.info('Pre-traffic smoke checks', { status, results, deploymentId: event.DeploymentId });
    await report(event, status);
    return { status, results };
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
