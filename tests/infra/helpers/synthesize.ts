import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { type CloudAssembly, SynthesisMessageLevel } from 'aws-cdk-lib/cx-api';
import { buildApp, stackIdFor } from '../../../infra/buildApp';
import { PROJECT_ROOT } from '../../../infra/projectRoot';
import type { StageSettings } from '../../../infra/stages';

export { PROJECT_ROOT };

/** The feature flags `cdk synth` passes to the app, so tests synthesise what the CLI does. */
export function cdkJsonContext(): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'cdk.json'), 'utf8')).context;
}

export interface SynthesizeOptions {
  readonly stages?: Readonly<Record<string, StageSettings>>;
  /** Extra context on top of cdk.json's. */
  readonly context?: Record<string, unknown>;
  /** Run CDK's built-in CloudFormation validation as `cdk synth` does (slow: ~8 s). cdk-nag runs either way. */
  readonly cloudFormationValidation?: boolean;
  /** Changes the built app before it is synthesised. */
  readonly beforeSynth?: (app: App) => void;
}

export interface Synthesized {
  readonly app: App;
  readonly outdir: string;
  readonly assembly?: CloudAssembly;
  /** What synth threw, if it threw (cdk-nag violations do). */
  readonly error?: unknown;
  /** The synthesised CloudFormation template of a stack, as deployed. */
  template(stackId: string): Template;
  json(stackId: string): TemplateJson;
  /** The policy-validation report written next to the templates. */
  validationReport(): ValidationReport;
  cleanup(): void;
}

export interface TemplateJson {
  readonly Resources: Record<
    string,
    { Type: string; Properties?: any; DependsOn?: string[]; DeletionPolicy?: string; UpdateReplacePolicy?: string; Metadata?: any }
  >;
  readonly Outputs?: Record<string, { Value: unknown }>;
}

export interface ValidationReport {
  readonly pluginReports: ReadonlyArray<{
    readonly pluginName: string;
    readonly conclusion: string;
    readonly violations: ReadonlyArray<{ ruleName: string; violatingConstructs: ReadonlyArray<{ constructPath: string }> }>;
  }>;
}

export { stackIdFor };

/** The warnings synth recorded on a stack (CDK annotations), as their text. */
export function warningsOf(synthesized: Synthesized, stackId: string): string[] {
  return synthesized
    .assembly!.getStackByName(stackId)
    .messages.filter((message) => message.level === SynthesisMessageLevel.WARNING)
    .map((message) => String(message.entry.data));
}

/**
 * Builds the real app (infra/buildApp) with cdk.json's context into a temp directory and
 * synthesises it once: NodejsFunction bundles with the local esbuild, cdk-nag runs.
 */
export function synthesize({ stages, context = {}, cloudFormationValidation = false, beforeSynth }: SynthesizeOptions = {}): Synthesized {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'storefront-cdk-'));
  // The CLI also asks for path and asset metadata in templates.
  const cliContext = { 'aws:cdk:enable-path-metadata': true, 'aws:cdk:enable-asset-metadata': true };
  const app = buildApp({ outdir, stages, context: { ...cdkJsonContext(), ...cliContext, ...context } });
  beforeSynth?.(app);
  const previous = process.env.CDK_VALIDATION;
  if (!cloudFormationValidation) process.env.CDK_VALIDATION = 'false';
  let assembly: CloudAssembly | undefined;
  let error: unknown;
  try {
    assembly = app.synth();
  } catch (caught) {
    error = caught;
  } finally {
    if (previous === undefined) delete process.env.CDK_VALIDATION;
    else process.env.CDK_VALIDATION = previous;
  }
  const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(outdir, file), 'utf8'));
  return {
    app,
    outdir,
    assembly,
    error,
    json: (stackId) => readJson(`${stackId}.template.json`),
    template: (stackId) => Template.fromJSON(readJson(`${stackId}.template.json`)),
    validationReport: () => readJson('validation-report.json'),
    cleanup: () => fs.rmSync(outdir, { recursive: true, force: true }),
  };
}
