import { spawn } from 'node:child_process';
import * as path from 'node:path';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { BENCH_NODE, NODE_FLAGS } from './build';
import { median, percentile, round } from './lib/stats';
import { RUNTIME_DIR } from './lib/paths';

export interface ColdVariant {
  readonly name: string;
  /** Module exporting `handler`; none for the bare `node -e 0`. */
  readonly module?: string;
  readonly event?: APIGatewayProxyEvent;
  /** Added to the environment every variant runs with. */
  readonly env?: Readonly<Record<string, string>>;
  /** Exec wrapper the process starts through, as Lambda does with AWS_LAMBDA_EXEC_WRAPPER (the asset's `exec-wrapper.sh`). */
  readonly wrapper?: string;
}

export interface ColdSample {
  readonly wallMs: number;
  /** CPU time of the process (user + system) at its first response, and after loading the handler. */
  readonly cpuMs?: number;
  readonly initCpuMs?: number;
  readonly loadMs?: number;
  readonly firstRequestMs?: number;
  readonly statusCode?: number;
  readonly dynamoCalls: string[];
  readonly error?: string;
}

export interface ColdSummary {
  readonly name: string;
  readonly samples: number;
  readonly wallMs: number;
  readonly p10Ms: number;
  readonly p90Ms: number;
  /** The bare `node -e 0` (no module, no wrapper) that the overheads are taken from. */
  readonly reference?: true;
  /** Median wall time minus the median of the bare `node -e 0`. */
  readonly overheadMs: number;
  readonly loadMs?: number;
  readonly firstRequestMs?: number;
  readonly statusCodes: number[];
  readonly dynamoCallsPerStart: number;
  readonly errors: string[];
  /** Median CPU time of the process to its first response, its p10–p90, and the median CPU time of the init alone. */
  readonly cpuMs: number;
  readonly cpuP10Ms: number;
  readonly cpuP90Ms: number;
  readonly initCpuMs?: number;
  /** Each round's wall and CPU time, in round order (NaN for a failed start), for per-round ratios (bench/lib/coldGoals.ts). */
  readonly rounds: { readonly wallMs: number[]; readonly cpuMs: number[] };
}

/** The bare `node -e 0`, reporting its CPU time as the handler's child does. */
const BARE_SCRIPT = "const u=process.cpuUsage();process.stdout.write('BENCH '+JSON.stringify({cpuMs:(u.user+u.system)/1000})+'\\n')";

/** One fresh process (through the variant's exec wrapper, if any): spawn → the handler's first response line (or exit, for the bare node). */
function runOnce(variant: ColdVariant, env: NodeJS.ProcessEnv, calls: string[]): Promise<ColdSample> {
  calls.length = 0;
  const args = variant.module
    ? [...NODE_FLAGS, path.join(RUNTIME_DIR, 'invoke.cjs'), variant.module, JSON.stringify(variant.event)]
    : [...NODE_FLAGS, '-e', BARE_SCRIPT];
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(variant.wrapper ?? BENCH_NODE, variant.wrapper ? [BENCH_NODE, ...args] : args, {
      env: variant.env ? { ...env, ...variant.env } : env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let stderr = '';
    let answeredAt: bigint | undefined;
    let report: Record<string, any> | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((candidate) => candidate.startsWith('BENCH '));
      if (line && output.includes('\n', output.indexOf(line)) && !report) {
        answeredAt = process.hrtime.bigint();
        report = JSON.parse(line.slice('BENCH '.length));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2_000)));
    child.on('close', (code) => {
      const end = answeredAt ?? process.hrtime.bigint();
      const error = report?.error ?? (code !== 0 ? `exit ${code}: ${stderr}` : undefined);
      resolve({
        wallMs: Number(end - started) / 1e6,
        cpuMs: report?.cpuMs,
        initCpuMs: report?.initCpuMs,
        loadMs: report?.loadMs,
        firstRequestMs: report?.firstMs,
        statusCode: report?.statusCode,
        dynamoCalls: [...calls],
        ...(error ? { error: String(error).slice(0, 500) } : {}),
      });
    });
  });
}

/**
 * Fresh processes, variants interleaved round-robin (the starting variant rotates every round),
 * so machine noise hits every variant alike. Children run with Lambda's V8 flags.
 */
export async function measureColdStarts(
  variants: readonly ColdVariant[],
  { rounds, env, calls, onRound }: { rounds: number; env: NodeJS.ProcessEnv; calls: string[]; onRound?: (round: number) => void },
): Promise<ColdSummary[]> {
  const samples = new Map<string, ColdSample[]>(variants.map((variant) => [variant.name, []]));
  // one unmeasured round: disk cache, DynamoDB Local's JIT
  for (const variant of variants) await runOnce(variant, env, calls);
  for (let index = 0; index < rounds; index++) {
    for (let offset = 0; offset < variants.length; offset++) {
      const variant = variants[(index + offset) % variants.length]!;
      samples.get(variant.name)!.push(await runOnce(variant, env, calls));
    }
    onRound?.(index + 1);
  }
  const bare = variants.find((variant) => !variant.module && !variant.wrapper);
  const bareMedian = bare ? median(samples.get(bare.name)!.map((sample) => sample.wallMs)) : 0;
  return variants.map((variant) => {
    const list = samples.get(variant.name)!;
    const ok = list.filter((sample) => !sample.error);
    const wall = ok.map((sample) => sample.wallMs);
    const defined = (values: Array<number | undefined>) => values.filter((value): value is number => value !== undefined);
    return {
      name: variant.name,
      ...(variant === bare ? { reference: true } : {}),
      samples: ok.length,
      wallMs: round(median(wall)),
      p10Ms: round(percentile(wall, 10)),
      p90Ms: round(percentile(wall, 90)),
      overheadMs: round(median(wall) - bareMedian),
      ...(variant.module
        ? {
            loadMs: round(median(defined(ok.map((sample) => sample.loadMs)))),
            firstRequestMs: round(median(defined(ok.map((sample) => sample.firstRequestMs)))),
          }
        : {}),
      statusCodes: [...new Set(defined(ok.map((sample) => sample.statusCode)))],
      dynamoCallsPerStart: median(ok.map((sample) => sample.dynamoCalls.length)),
      errors: [...new Set(list.filter((sample) => sample.error).map((sample) => sample.error!))],
      cpuMs: round(median(defined(ok.map((sample) => sample.cpuMs)))),
      cpuP10Ms: round(percentile(defined(ok.map((sample) => sample.cpuMs)), 10)),
      cpuP90Ms: round(percentile(defined(ok.map((sample) => sample.cpuMs)), 90)),
      ...(variant.module ? { initCpuMs: round(median(defined(ok.map((sample) => sample.initCpuMs)))) } : {}),
      rounds: {
        wallMs: list.map((sample) => (sample.error ? Number.NaN : sample.wallMs)),
        cpuMs: list.map((sample) => (sample.error ? Number.NaN : (sample.cpuMs ?? Number.NaN))),
      },
    };
  });
}
