import * as path from 'node:path';
import type { RemovalPolicy } from 'aws-cdk-lib';
import { PolicyDocument, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, LoggingFormat, Runtime } from 'aws-cdk-lib/aws-lambda';
import { OutputFormat, type BundlingOptions, type NodejsFunctionProps } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { afterBundlingCommands, nodejsFunctionEsbuildProps, type CodeCacheSettings } from '../bundle';
import { PROJECT_ROOT } from '../projectRoot';

/** A function's own log group, named as Lambda names it, kept as long as the stage says. */
export function functionLogGroup(scope: Construct, id: string, functionName: string, retentionDays: number, removalPolicy: RemovalPolicy): LogGroup {
  return new LogGroup(scope, id, { logGroupName: `/aws/lambda/${functionName}`, retention: retentionDays as RetentionDays, removalPolicy });
}

/** The inline policy that lets a function write to its own log group and nowhere else. */
export function logWrites(logGroup: LogGroup): PolicyDocument {
  return new PolicyDocument({
    statements: [new PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroup.logGroupArn] })],
  });
}

/** A function's own execution role: these inline policies, no managed ones. */
export function executionRole(scope: Construct, id: string, functionName: string, inlinePolicies: Record<string, PolicyDocument>): Role {
  return new Role(scope, id, {
    assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
    description: `Execution role of ${functionName}`,
    inlinePolicies,
  });
}

/**
 * What every function of this repository shares: its entry bundled from here by the local esbuild
 * with infra/bundle/'s settings, Node 24 on arm64, and text logs (the lines are already JSON,
 * Powertools'; with Advanced Logging Controls' level set, Powertools would ignore setLogLevel and
 * the alias's runtime settings could no longer choose the level).
 */
export function projectFunctionProps(entry: string, bundling: Partial<BundlingOptions> = {}) {
  return {
    entry: path.join(PROJECT_ROOT, entry),
    handler: 'handler',
    projectRoot: PROJECT_ROOT,
    depsLockFilePath: path.join(PROJECT_ROOT, 'package-lock.json'),
    runtime: Runtime.NODEJS_24_X,
    architecture: Architecture.ARM_64,
    loggingFormat: LoggingFormat.TEXT,
    bundling: { forceDockerBundling: false, format: OutputFormat.CJS, ...nodejsFunctionEsbuildProps(), ...bundling },
  } satisfies Partial<NodejsFunctionProps>;
}

/** Bundling hooks that ship the exec wrapper (and, with `codeCache`, the V8 code cache) in the asset. */
export function execWrapperHooks(codeCache: () => CodeCacheSettings | undefined): Pick<BundlingOptions, 'commandHooks'> {
  return {
    commandHooks: {
      beforeBundling: () => [],
      beforeInstall: () => [],
      afterBundling: (_inputDir, outputDir) => afterBundlingCommands(outputDir, codeCache()),
    },
  };
}
