import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/**
 * Loads a bundle in a fresh Node as the Lambda runtime does (`require`, then `handler`), sends it
 * the events one after the other with a Lambda context for `functionArn` (each event with its
 * X-Ray trace header in `_X_AMZN_TRACE_ID` when TRACE_IDS lists them, as the runtime sets it),
 * and prints the answers as one JSON line, with the Node modules the process loaded.
 */
const INVOKE = `
const [bundle, eventsJson, functionArn] = process.argv.slice(1);
const traceIds = JSON.parse(process.env.TRACE_IDS || '[]');
const { handler } = require(bundle);
const functionName = functionArn.split(':')[6];
const context = {
  awsRequestId: 'bundle-test', callbackWaitsForEmptyEventLoop: true, functionName, functionVersion: '1',
  invokedFunctionArn: functionArn, memoryLimitInMB: '1024', logGroupName: '/aws/lambda/' + functionName, logStreamName: 'test',
  getRemainingTimeInMillis: () => 15000,
};
(async () => {
  const answers = [];
  for (const [index, event] of JSON.parse(eventsJson).entries()) {
    if (traceIds[index]) process.env._X_AMZN_TRACE_ID = traceIds[index];
    answers.push(await handler(event, context));
  }
  process.stdout.write('ANSWERS ' + JSON.stringify({ answers, nodeModules: process.moduleLoadList }) + '\\n');
})();
`;

export interface BundleInvocation<A> {
  readonly answers: A[];
  readonly nodeModules: string[];
  readonly stderr: string;
}

/** Invokes `bundle` (an index.js) with `events` through the alias in `functionArn`; `env` is the whole environment. */
export async function invokeBundle<A>(
  bundle: string,
  events: readonly unknown[],
  { functionArn, env }: { functionArn: string; env: NodeJS.ProcessEnv },
): Promise<BundleInvocation<A>> {
  const run = await promisify(execFile)(process.execPath, ['-e', INVOKE, bundle, JSON.stringify(events), functionArn], {
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 16 * 1024 * 1024,
    env,
  });
  const line = run.stdout.split('\n').find((candidate) => candidate.startsWith('ANSWERS '));
  if (!line) throw new Error(`the bundle did not answer: ${run.stderr.slice(-2_000)}`);
  return { ...(JSON.parse(line.slice('ANSWERS '.length)) as Omit<BundleInvocation<A>, 'stderr'>), stderr: run.stderr };
}
