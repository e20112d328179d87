import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import * as path from 'node:path';
import { LAMBDA_EXEC_WRAPPER } from '../../infra/bundle';

export interface AssetPingOptions {
  /** The Node command: `[process.execPath]`, or an emulator and its arguments before a binary. */
  readonly node: readonly string[];
  /** Lambda's V8 flags. */
  readonly flags: readonly string[];
  /** Through the asset's exec wrapper, as Lambda starts it (default), or Node directly. */
  readonly wrapped?: boolean;
  readonly env: NodeJS.ProcessEnv;
}

/**
 * Starts a function asset as the Lambda runtime does (its exec wrapper, then Node with Lambda's
 * flags, `require` of index.js) and sends its handler a warm-up ping; stdout has `PING <answer>`.
 */
export function pingAsset(asset: string, { node, flags, wrapped = true, env }: AssetPingOptions): SpawnSyncReturns<string> {
  const script = `require(${JSON.stringify(path.join(asset, 'index.js'))}).handler({ warmer: true }, {}).then((r) => console.log('PING ' + JSON.stringify(r)))`;
  const command = [...node, ...flags, '-e', script];
  const [file, ...args] = wrapped ? [path.join(asset, LAMBDA_EXEC_WRAPPER.assetName), ...command] : command;
  return spawnSync(file!, args, { env, encoding: 'utf8', timeout: 120_000 });
}
