/**
 * The exec wrapper (`AWS_LAMBDA_EXEC_WRAPPER`) shipped next to the bundle: Lambda hands it the
 * runtime's command line and it runs the same command without `--expose-gc`, so Node keeps the code
 * cache built into its binary for its own modules (execWrapper.sh says why).
 */
export const LAMBDA_EXEC_WRAPPER = {
  /** The script, relative to the project root. */
  source: 'infra/bundle/execWrapper.sh',
  /** Its name in the asset. */
  assetName: 'exec-wrapper.sh',
  /** Its path in the function's execution environment (the asset is unpacked in `/var/task`). */
  lambdaPath: '/var/task/exec-wrapper.sh',
} as const;

/**
 * The V8 flags the Lambda Node.js runtime starts Node with for a given memory size (its bootstrap
 * script: new space = memory / 10, semi space = half of it, old space = the rest), before the
 * exec wrapper above drops `--expose-gc`. The code cache is recorded through that wrapper, so with
 * the flags the function really runs with.
 */
export function lambdaNodeFlags(memoryMb: number): string[] {
  const newSpace = Math.floor(memoryMb / 10);
  return ['--expose-gc', `--max-semi-space-size=${Math.floor(newSpace / 2)}`, `--max-old-space-size=${memoryMb - newSpace}`];
}
