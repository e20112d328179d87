import { startLocalStack, type LocalStack } from '../../local/startLocalStack';
import { sharedDynamoDb } from '../helpers/sharedDynamoDb';
import { runSmokeChecks, type InvokeVersion } from '../../release/smokeChecks';
import { HOOK_EVENT, recordingHook } from '../helpers/preTrafficHook';

/**
 * The pre-traffic hook's checks (release/smokeChecks.ts) against the local stack's function,
 * invoked directly by a version-qualified ARN as the hook invokes a new version in AWS, with each
 * shipped stage's settings: the checks pass against a healthy function, and fail against one that
 * is not.
 */
describe.each([
  ['dev', true],
  ['prod', false],
] as const)('the pre-traffic checks against the local stack as %s', (stageName, introspection) => {
  let stack: LocalStack;
  let invoke: InvokeVersion;

  beforeAll(async () => {
    stack = await startLocalStack({ port: 0, stageName, ...sharedDynamoDb() });
    invoke = (event) => stack.invokeFunction(event);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('pass: the catalog from DynamoDB, the stage’s introspection rule, 400 for a malformed request', async () => {
    const results = await runSmokeChecks(invoke, { introspection, stage: stageName });

    expect(results).toEqual([
      { name: 'catalog query', ok: true, detail: 'as expected' },
      { name: introspection ? 'introspection answered' : 'introspection refused', ok: true, detail: 'as expected' },
      { name: 'malformed request', ok: true, detail: 'as expected' },
    ]);
  });

  it('fail when the version does not follow the stage’s introspection rule', async () => {
    const results = await runSmokeChecks(invoke, { introspection: !introspection, stage: stageName });

    expect(results.map(({ name, ok }) => [name, ok])).toEqual([
      ['catalog query', true],
      [introspection ? 'introspection refused' : 'introspection answered', false],
      ['malformed request', true],
    ]);
    expect(results[1]!.detail).toMatch(introspection ? /^expected a 400 without the schema, got 200/ : /^expected the schema, got 400/);
  });

  it('let the hook report Succeeded to CodeDeploy', async () => {
    const { hook, reported, reportedFor } = recordingHook(invoke, { introspection, stage: stageName });

    const { status } = await hook(HOOK_EVENT);

    expect(status).toBe('Succeeded');
    expect(reported).toEqual(['Succeeded']);
    expect(reportedFor).toEqual([HOOK_EVENT]);
  });
});
