// Lambda entry point of the pre-traffic hook: CodeDeploy calls it after publishing the API's new
// version and before shifting the stage alias to it. TARGET_VERSION_ARN is that version.
import { CodeDeployClient } from '@aws-sdk/client-codedeploy';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { Logger } from '@aws-lambda-powertools/logger';
import { codeDeployReporter, createPreTrafficHook, lambdaInvoker, type LifecycleHookEvent } from './preTrafficHook';

const required = (name: string): string => {
  const value = process.env[name]?.trim();
  if (!value) throw new Error(`Invalid configuration: environment variable ${name} is required.`);
  return value;
};

const hook = createPreTrafficHook({
  invoke: lambdaInvoker(new LambdaClient({}), required('TARGET_VERSION_ARN')),
  report: codeDeployReporter(new CodeDeployClient({})),
  expectations: { introspection: required('EXPECT_INTROSPECTION') === 'true', stage: required('STAGE') },
  logger: new Logger({ serviceName: 'storefront-release' }),
});

export const handler = async (event: LifecycleHookEvent) => (await hook(event)).status;
