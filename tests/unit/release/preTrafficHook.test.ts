import { CodeDeployClient, PutLifecycleEventHookExecutionStatusCommand } from '@aws-sdk/client-codedeploy';
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { apiGatewayEvent } from '../../../core/apiGatewayEvent';
import { codeDeployReporter, lambdaInvoker, type LifecycleHookEvent } from '../../../release/preTrafficHook';
import type { InvokeVersion } from '../../../release/smokeChecks';
import { recordingHook } from '../../helpers/preTrafficHook';

// CodeDeploy and Lambda's Invoke API have no local stand-in: their SDK clients are mocked here; the
// checks themselves run against real functions in tests/e2e/preTrafficChecks.test.ts.
const VERSION_ARN = 'arn:aws:lambda:eu-west-1:111122223333:function:storefront-api-prod:42';
const HOOK_EVENT: LifecycleHookEvent = { DeploymentId: 'd-ABCDEF123', LifecycleEventHookExecutionId: 'execution-7' };
const event = apiGatewayEvent({ method: 'POST', path: '/graphql', stage: 'prod', body: '{}' });
const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe('lambdaInvoker', () => {
  const lambda = mockClient(LambdaClient);
  afterEach(() => lambda.reset());

  it('invokes exactly the new version (its qualified ARN) with the event, synchronously, and returns its answer', async () => {
    // Prepare
    const answer = { statusCode: 200, headers: { 'content-type': 'application/json' }, body: '{"data":{}}' };
    lambda.on(InvokeCommand).resolves({ StatusCode: 200, Payload: encode(answer) as never });

    // Act
    const result = await lambdaInvoker(new LambdaClient({ region: 'eu-west-1' }), VERSION_ARN)(event);

    // Assess
    expect(result).toEqual(answer);
    const [call] = lambda.commandCalls(InvokeCommand);
    expect(call!.args[0].input.FunctionName).toBe(VERSION_ARN);
    expect(call!.args[0].input.InvocationType ?? 'RequestResponse').toBe('RequestResponse');
    expect(JSON.parse(new TextDecoder().decode(call!.args[0].input.Payload as Uint8Array))).toEqual(event);
  });

  it('throws on a function error (a crash at init, an unhandled exception) with what Lambda returned', async () => {
    lambda.on(InvokeCommand).resolves({
      StatusCode: 200,
      FunctionError: 'Unhandled',
      Payload: encode({ errorType: 'Runtime.ImportModuleError', errorMessage: "Cannot find module 'index'" }) as never,
    });

    await expect(lambdaInvoker(new LambdaClient({ region: 'eu-west-1' }), VERSION_ARN)(event)).rejects.toThrow(
      /^the version failed \(Unhandled\): .*Runtime\.ImportModuleError/,
    );
  });
});

describe('codeDeployReporter', () => {
  const codeDeploy = mockClient(CodeDeployClient);
  afterEach(() => codeDeploy.reset());

  it.each(['Succeeded', 'Failed'] as const)('reports %s for the deployment and hook execution it was called for', async (status) => {
    codeDeploy.on(PutLifecycleEventHookExecutionStatusCommand).resolves({ lifecycleEventHookExecutionId: 'execution-7' });

    await codeDeployReporter(new CodeDeployClient({ region: 'eu-west-1' }))(HOOK_EVENT, status);

    expect(codeDeploy.commandCalls(PutLifecycleEventHookExecutionStatusCommand).map((call) => call.args[0].input)).toEqual([
      { deploymentId: 'd-ABCDEF123', lifecycleEventHookExecutionId: 'execution-7', status },
    ]);
  });
});

describe('createPreTrafficHook', () => {
  it('reports Failed, once, when the version cannot be invoked at all, with every check failed', async () => {
    // Prepare
    const invoke: InvokeVersion = async () => {
      throw new Error('the version failed (Unhandled): Runtime.ImportModuleError');
    };
    const { hook, reported } = recordingHook(invoke, { introspection: false, stage: 'prod' });

    // Act
    const { status, results } = await hook(HOOK_EVENT);

    // Assess
    expect(status).toBe('Failed');
    expect(reported).toEqual(['Failed']);
    expect(results.map((result) => [result.ok, result.detail])).toEqual(
      Array(3).fill([false, 'could not reach the version: the version failed (Unhandled): Runtime.ImportModuleError']),
    );
  });

  describe('with a data migration to complete first', () => {
    const report = (done: boolean) => ({ done, migrated: 7, thisRun: { scanned: 40, migrated: 7, durationMs: 1200 } });

    it.each([
      ['does not finish in time', async () => report(false)],
      [
        'fails',
        async () => {
          throw new Error('AccessDeniedException');
        },
      ],
    ])('reports Failed, once, and never invokes the version when the migration %s', async (_case, migrate) => {
      // Prepare
      const invoke = jest.fn<ReturnType<InvokeVersion>, Parameters<InvokeVersion>>();
      const { hook, reported } = recordingHook(invoke, { introspection: false, stage: 'prod' }, migrate);

      // Act
      const { status } = await hook(HOOK_EVENT);

      // Assess
      expect(status).toBe('Failed');
      expect(reported).toEqual(['Failed']);
      expect(invoke).not.toHaveBeenCalled();
    });

    it('runs the smoke checks once the migration is done, and answers with its report', async () => {
      // Prepare
      const invoke: InvokeVersion = async () => {
        throw new Error('unreachable');
      };
      const { hook } = recordingHook(invoke, { introspection: false, stage: 'prod' }, async () => report(true));

      // Act
      const { results, migration } = await hook(HOOK_EVENT);

      // Assess
      expect(migration).toEqual(report(true));
      expect(results).toHaveLength(3);
    });
  });
});
