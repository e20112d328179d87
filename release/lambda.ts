// Lambda entry point of the pre-traffic hook: CodeDeploy calls it after publishing the API's new
// version and before shifting the stage alias to it (and, as the post-traffic hook, after). Its
// configuration names that version (runtime/env/preTrafficHookEnvironment.ts).
import { CodeDeployClient } from '@aws-sdk/client-codedeploy';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { Logger } from '@aws-lambda-powertools/logger';
import { loadPreTrafficHookConfig } from '../runtime/env/preTrafficHookEnvironment';
import { codeDeployReporter, createPreTrafficHook, lambdaInvoker, type LifecycleHookEvent } from './preTrafficHook';

const config = loadPreTrafficHookConfig();

const hook = createPreTrafficHook({
  invoke: lambdaInvoker(new LambdaClient({}), config.targetVersionArn),
  report: codeDeployReporter(new CodeDeployClient({})),
  expectations: config.expectations,
  logger: new Logger({ serviceName: 'storefront-release', logLevel: config.logLevel }),
});

export const handler = async (event: LifecycleHookEvent) => (await hook(event)).status;
