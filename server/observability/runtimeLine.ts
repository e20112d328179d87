import type { Config } from '../../runtime/env/apiEnvironment';

/**
 * What the init log line says about the runtime: the Node release, the runtime version ARN when
 * the stage pins one (`pinnedRuntime`; otherwise Lambda's own `INIT_START` line shows the ARN), and
 * whether the asset's V8 code cache was accepted (set by the asset's loader; `none` without one).
 * An operator copies `node` and the ARN into the stage setting to pin the runtime.
 */
export interface RuntimeLine {
  readonly node: string;
  readonly arch: string;
  readonly runtimeVersionArn: string | null;
  readonly runtimePinned: boolean;
  readonly codeCache: 'accepted' | 'rejected' | 'none';
}

/**
 * The line for the function's configuration (`runtimeVersionArn`) and the code cache's fate, which
 * the asset's loader (infra/bundle/codeCache/loader.cjs) leaves in STOREFRONT_CODE_CACHE before the
 * bundle loads.
 */
export function runtimeLine(
  { runtimeVersionArn }: Pick<Config, 'runtimeVersionArn'>,
  codeCache: string | undefined = process.env.STOREFRONT_CODE_CACHE,
  proc: Pick<NodeJS.Process, 'version' | 'arch'> = process,
): RuntimeLine {
  const arn = runtimeVersionArn ?? null;
  return {
    node: proc.version.replace(/^v/, ''),
    arch: proc.arch,
    runtimeVersionArn: arn,
    runtimePinned: arn !== null,
    codeCache: codeCache === 'accepted' || codeCache === 'rejected' ? codeCache : 'none',
  };
}
