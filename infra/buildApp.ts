import { Annotations, App, Token, type AppProps, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ACCOUNT_CONCURRENCY_CONTEXT, accountConcurrencyFrom, reservationProblems, unknownAccountConcurrency } from './concurrency';
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
  const given = app.node.tryGetContext(ACCOUNT_CONCURRENCY_CONTEXT);
  const limit = accountConcurrencyFrom(given);
  new ApiGatewayAccountStack(app, ACCOUNT_STACK_ID);
  const stacks = Object.values(stages).map((stage) => new StorefrontStack(app, stackIdFor(stage.name), { stage }));
  const problems =
    given === undefined
      ? unknownAccountConcurrency(stacks.map((stack) => stack.stage))
      : reservationProblems(
          stacks.map((stack) => ({ stage: stack.stage, account: Token.isUnresolved(stack.account) ? undefined : stack.account })),
          limit,
        );
  // An error on each stack concerned, which fails synth. Only stacks the command is about (`cdk deploy
  // Storefront-dev` bundles that stack only): deploying a stage that reserves nothing needs no limit.
  for (const problem of problems) {
    for (const stack of stacks.filter((candidate) => problem.stages.includes(candidate.stage.name) && candidate.bundlingRequired)) {
      Annotations.of(stack).addError(problem.message);
    }
  }
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return app;
}
