import { App, type AppProps } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { Validations } from 'aws-cdk-lib';
import { ApiGatewayAccountStack } from './ApiGatewayAccountStack';
import { StorefrontStack } from './StorefrontStack';
import { type StageSettings, stages as allStages } from './stages';
import { assertValidStages } from './validateStage';

/** Stack id of the account-wide API Gateway logging settings. */
export const ACCOUNT_STACK_ID = 'StorefrontApiGatewayAccount';

export const stackIdFor = (stageName: string) => `Storefront-${stageName}`;

export interface BuildAppOptions extends AppProps {
  /** Defaults to every stage in `infra/stages.ts`. */
  readonly stages?: Readonly<Record<string, StageSettings>>;
}

/**
 * The CDK app: one isolated stack per stage (`Storefront-<stage>`) plus the account-wide API
 * Gateway logging stack, checked by cdk-nag's AwsSolutions pack. Stage settings are validated
 * first, so a misconfigured stage fails synth with a message saying what to fix.
 */
export function buildApp({ stages = allStages, ...appProps }: BuildAppOptions = {}): App {
  assertValidStages(stages);
  const app = new App(appProps);
  new ApiGatewayAccountStack(app, ACCOUNT_STACK_ID);
  for (const stage of Object.values(stages)) {
    new StorefrontStack(app, stackIdFor(stage.name), { stage });
  }
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return app;
}
