import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { createTurns } from '../../local/createTurns';
import { startCapacityProxy, type CapacityProxy } from './capacityProxy';
import { LambdaPool } from './lambdaPool';
import { RUNTIME_DIR } from './paths';

/** One invocation the function ran (throttled ones never reach an instance). */
export interface Invocation {
  readonly operation: string;
  readonly cold: boolean;
  /** Process start → handler loaded, for a cold start (what Lambda reports as Init Duration). */
  readonly initMs?: number;
  readonly initCpuMs?: number;
  /** The handler's own time and CPU time for this event. */
  readonly handlerMs: number;
  readonly cpuMs: number;
  readonly dynamoCalls: number;
  readonly readUnits: number;
  readonly writeUnits: number;
  readonly error?: string;
}

export interface LambdaFunctionOptions {
  /** The handler module (`require(module).handler`). */
  readonly module: string;
  readonly concurrency: number;
  /** The Node binary and its flags; `wrapper` is the asset's exec wrapper. */
  readonly node: string;
  readonly nodeFlags: readonly string[];
  readonly wrapper?: string;
  /** The environment of an instance whose DynamoDB endpoint is `endpoint` (its own capacity proxy). */
  readonly env: (endpoint: string) => NodeJS.ProcessEnv;
  /** DynamoDB Local's port, behind each instance's capacity proxy. */
  readonly dynamoPort: number;
  /**
   * Instances that may be starting at once; the others wait their turn (the wait counts in their
   * invocation's latency). In Lambda every new instance starts on CPU of its own; here they share
   * the machine's cores, and a hundred processes starting together would measure the machine.
   */
  readonly startingAtOnce?: number;
}

/** Header the function's answer carries when its invocation was a cold start (the bench's shoppers read it). */
export const COLD_START_HEADER = 'x-bench-cold-start';

/** Thrown for a throttled invocation, as Lambda's Invoke API answers one (API Gateway then answers its integration failure). */
export class TooManyRequestsError extends Error {
  readonly statusCode = 429;
  constructor() {
    super('Rate Exceeded.');
    this.name = 'TooManyRequestsError';
  }
}

export class InstanceStartError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'InstanceStartError';
  }
}

interface Instance {
  readonly child: ChildProcess;
  readonly proxy: CapacityProxy;
  readonly pending: Map<number, (message: any) => void>;
}

/** The operation an event names (`operationName` of the GET parameters or the POST body). */
export function operationNameOf(event: APIGatewayProxyEvent): string {
  if (event.queryStringParameters?.operationName) return event.queryStringParameters.operationName;
  try {
    return (JSON.parse(event.body ?? '{}') as { operationName?: string }).operationName ?? 'anonymous';
  } catch {
    return 'anonymous';
  }
}

/**
 * A Lambda function made of child processes: each instance is a fresh Node process that loads the
 * bundle (a real cold start) and runs one invocation at a time; admission follows Lambda
 * (bench/lib/lambdaPool.ts). Each instance sends its DynamoDB requests through a capacity proxy of
 * its own, so the units of an invocation are the ones its instance consumed while it ran.
 */
export function startLambdaFunction(options: LambdaFunctionOptions) {
  const pool = new LambdaPool<Instance>(options.concurrency);
  const all: Instance[] = [];
  const invocations: Invocation[] = [];
  let throttles = 0;
  let nextId = 0;
  const startTurn = createTurns(options.startingAtOnce ?? 2);

  async function startInstance(): Promise<{ instance: Instance; initMs: number; initCpuMs: number }> {
    const proxy = await startCapacityProxy(options.dynamoPort);
    const args = [...options.nodeFlags, path.join(RUNTIME_DIR, 'loadChild.cjs'), options.module];
    const child = spawn(options.wrapper ?? options.node, options.wrapper ? [options.node, ...args] : args, {
      env: options.env(proxy.endpoint),
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    const instance: Instance = { child, proxy, pending: new Map() };
    all.push(instance);
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2_000)));
    return new Promise((resolve, reject) => {
      child.on('message', (message: any) => {
        if (message.type === 'ready') resolve({ instance, initMs: message.initMs, initCpuMs: message.initCpuMs });
        else if (message.type === 'failed') reject(new InstanceStartError(message.error));
        else instance.pending.get(message.id)?.(message);
      });
      child.on('exit', (code) => {
        reject(new InstanceStartError(`instance exited (${code}): ${stderr}`));
        for (const settle of instance.pending.values()) settle({ error: `instance exited (${code}): ${stderr}`, ms: 0, cpuMs: 0 });
      });
    });
  }

  function run(instance: Instance, event: APIGatewayProxyEvent): Promise<any> {
    const id = nextId++;
    return new Promise((resolve) => {
      instance.pending.set(id, (message) => {
        instance.pending.delete(id);
        resolve(message);
      });
      instance.child.send({ id, event });
    });
  }

  async function handler(event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> {
    const admission = pool.admit();
    if (admission.kind === 'throttled') {
      throttles++;
      throw new TooManyRequestsError();
    }
    let instance: Instance;
    let init: { initMs: number; initCpuMs: number } | undefined;
    if (admission.kind === 'warm') instance = admission.instance;
    else {
      try {
        const started = await startTurn(startInstance);
        instance = started.instance;
        init = { initMs: started.initMs, initCpuMs: started.initCpuMs };
      } catch (error) {
        pool.discard();
        throw error;
      }
    }
    // what the instance consumed since its last invocation (its init's settings read, for a new one) counts here
    const answer = await run(instance, event);
    const usage = instance.proxy.take();
    invocations.push({
      operation: operationNameOf(event),
      cold: admission.kind === 'cold',
      ...(init ?? {}),
      handlerMs: answer.ms,
      cpuMs: answer.cpuMs,
      dynamoCalls: usage.calls.length,
      readUnits: usage.readUnits,
      writeUnits: usage.writeUnits,
      ...(answer.error ? { error: String(answer.error).slice(0, 300) } : {}),
    });
    if (answer.error) {
      pool.discard();
      instance.child.kill();
      throw new Error(answer.error);
    }
    pool.release(instance);
    const result = answer.result as APIGatewayProxyResult;
    return init ? { ...result, headers: { ...result.headers, [COLD_START_HEADER]: '1' } } : result;
  }

  return {
    handler,
    /** Invocations so far and throttles so far, both reset. */
    take() {
      const taken = { invocations: invocations.splice(0), throttles };
      throttles = 0;
      return taken;
    },
    get instances() {
      return pool.instances;
    },
    async stop() {
      for (const instance of all) {
        if (instance.child.exitCode === null) instance.child.kill();
        await instance.proxy.stop();
      }
    },
  };
}

export type LambdaFunction = ReturnType<typeof startLambdaFunction>;
