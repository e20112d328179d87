import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { CloudAssembly, SynthesisMessageLevel } from 'aws-cdk-lib/cx-api';
import { buildApp, stackIdFor } from '../../../infra/buildApp';
import { PROJECT_ROOT } from '../../../infra/projectRoot';
import type { StageSettings } from '../../../infra/stages';
import { BUNDLE_CACHE_ENV, NPX_SHIM_DIR } from '../../helpers/bundleCache';
import { SYNTH_CACHE_ENV } from './synthCache';

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

export { SYNTH_CACHE_ENV };

/**
 * Builds the real app (infra/buildApp) with cdk.json's context into a temp directory and
 * synthesises it once: NodejsFunction bundles with the local esbuild (each distinct bundle once per
 * Jest run, see withSharedBundles), cdk-nag runs. Within a Jest
 * run of the infra project, a successful synth of the same stages and context (and no
 * `beforeSynth`) is done once and its cloud assembly shared: later calls (in any worker: one waits
 * while another synthesises it) read it from disk, and build the app again only if a test asks for `app`.
 */
export function synthesize(options: SynthesizeOptions = {}): Synthesized {
  const cacheRoot = process.env[SYNTH_CACHE_ENV];
  const key = cacheRoot && !options.beforeSynth ? cacheKey(options) : undefined;
  const cached = key ? path.join(cacheRoot!, key) : undefined;
  if (!cached) return synthesizeInto(fs.mkdtempSync(path.join(os.tmpdir(), 'storefront-cdk-')), options);
  if (turnToSynthesize(cached) === 'shared') return fromAssembly(cached, options);
  try {
    const synthesized = synthesizeInto(fs.mkdtempSync(path.join(os.tmpdir(), 'storefront-cdk-')), options);
    if (synthesized.error) return synthesized;
    // this caller keeps its own directory (its app may synthesise again into it); the others get a copy
    const copy = `${cached}.${process.pid}`;
    try {
      fs.cpSync(synthesized.outdir, copy, { recursive: true });
      fs.renameSync(copy, cached);
    } catch {
      fs.rmSync(copy, { recursive: true, force: true }); // another test file shared the same synth first
    }
    return synthesized;
  } finally {
    fs.rmSync(`${cached}.lock`, { force: true });
  }
}

/**
 * 'shared' once the assembly for `cached` is on disk; 'mine' when this process is to synthesise it.
 * Test files in other Jest workers wait while one of them synthesises (`<cached>.lock` names its
 * pid), then read its assembly; after a failed synth (nothing shared) the next one tries itself.
 */
function turnToSynthesize(cached: string): 'shared' | 'mine' {
  const lock = `${cached}.lock`;
  for (;;) {
    if (fs.existsSync(path.join(cached, 'manifest.json'))) return 'shared';
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return 'mine';
    } catch {
      // another worker synthesises it, unless it is gone (an empty lock: its pid is being written)
      let owner: string;
      try {
        owner = fs.readFileSync(lock, 'utf8');
      } catch {
        continue; // released meanwhile
      }
      if (owner && !isAlive(Number(owner))) fs.rmSync(lock, { force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function cacheKey({ stages, context = {}, cloudFormationValidation = false }: SynthesizeOptions): string {
  return createHash('sha256')
    .update(JSON.stringify({ stages: stages ?? null, context, cloudFormationValidation }))
    .digest('hex')
    .slice(0, 32);
}

/** A shared assembly: templates and messages from disk; the app built again (bundling included) only when asked for. */
function fromAssembly(outdir: string, options: SynthesizeOptions): Synthesized {
  let app: App | undefined;
  return {
    ...reader(outdir),
    outdir,
    assembly: new CloudAssembly(outdir),
    get app() {
      app ??= withSharedBundles(() =>
        buildApp({
          outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'storefront-cdk-app-')),
          stages: options.stages,
          context: appContext(options),
        }),
      );
      return app;
    },
    cleanup: () => undefined,
  };
}

function appContext({ context = {} }: SynthesizeOptions): Record<string, unknown> {
  // The CLI also asks for path and asset metadata in templates.
  const cliContext = { 'aws:cdk:enable-path-metadata': true, 'aws:cdk:enable-asset-metadata': true };
  return { ...cdkJsonContext(), ...cliContext, ...context };
}

function reader(outdir: string): Pick<Synthesized, 'json' | 'template' | 'validationReport'> {
  const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(outdir, file), 'utf8'));
  return {
    json: (stackId) => readJson(`${stackId}.template.json`),
    template: (stackId) => Template.fromJSON(readJson(`${stackId}.template.json`)),
    validationReport: () => readJson('validation-report.json'),
  };
}

/**
 * Runs `build` (which builds or synthesises an app: NodejsFunction bundles while the app is built)
 * with the run's bundle cache in front of CDK's local bundling: a function bundled with the same
 * esbuild arguments earlier in the run gets a copy of that bundle (tests/helpers/bundleCache/npx.js).
 */
function withSharedBundles<T>(build: () => T): T {
  if (!process.env[BUNDLE_CACHE_ENV]) return build();
  const previous = process.env.PATH;
  process.env.PATH = `${NPX_SHIM_DIR}${path.delimiter}${previous ?? ''}`;
  try {
    return build();
  } finally {
    process.env.PATH = previous;
  }
}

function synthesizeInto(outdir: string, options: SynthesizeOptions): Synthesized {
  const { stages, cloudFormationValidation = false, beforeSynth } = options;
  const app = withSharedBundles(() => buildApp({ outdir, stages, context: appContext(options) }));
  beforeSynth?.(app);
  const previous = process.env.CDK_VALIDATION;
  if (!cloudFormationValidation) process.env.CDK_VALIDATION = 'false';
  let assembly: CloudAssembly | undefined;
  let error: unknown;
  try {
    assembly = withSharedBundles(() => app.synth());
  } catch (caught) {
    error = caught;
  } finally {
    if (previous === undefined) delete process.env.CDK_VALIDATION;
    else process.env.CDK_VALIDATION = previous;
  }
  return {
    ...reader(outdir),
    app,
    outdir,
    assembly,
    error,
    cleanup: () => fs.rmSync(outdir, { recursive: true, force: true }),
  };
}
