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

export function runtimeLine(env: NodeJS.ProcessEnv = process.env, proc: Pick<NodeJS.Process, 'version' | 'arch'> = process): RuntimeLine {
  const cache = env.STOREFRONT_CODE_CACHE;
  const arn = env.RUNTIME_VERSION_ARN?.trim() || null;
  return {
    node: proc.version.replace(/^v/, ''),
    arch: proc.arch,
    runtimeVersionArn: arn,
    runtimePinned: arn !== null,
    codeCache: cache === 'accepted' || cache === 'rejected' ? cache : 'none',
  };
}
