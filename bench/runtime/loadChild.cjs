'use strict';
// Child process of the load bench: one Lambda execution environment. Loads the handler module as
// the Lambda runtime does (require the file, take its `handler` export), says so over IPC with the
// time and CPU the init took, then runs one invocation at a time as the parent sends them, each
// answered with its result, handler time and CPU time.
const { performance } = require('node:perf_hooks');
const modulePath = process.argv[2];
const cpuMs = (usage) => (usage.user + usage.system) / 1000;
const context = (id) => ({
  awsRequestId: `bench-load-${id}`,
  callbackWaitsForEmptyEventLoop: true,
  functionName: 'storefront-api-bench',
  functionVersion: '1',
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:storefront-api-bench:bench',
  memoryLimitInMB: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE || '1024',
  logGroupName: '/aws/lambda/storefront-api-bench',
  logStreamName: 'bench',
  getRemainingTimeInMillis: () => 15_000,
  done() {},
  fail() {},
  succeed() {},
});
let handler;
try {
  handler = require(modulePath).handler;
} catch (error) {
  process.send({ type: 'failed', error: String((error && error.stack) || error) });
  process.exit(1);
}
// the whole process so far: Node's own start and the module's load (Lambda bills it as init)
process.send({ type: 'ready', initMs: performance.now(), initCpuMs: cpuMs(process.cpuUsage()) });
process.on('message', async ({ id, event }) => {
  const cpu = process.cpuUsage();
  const started = performance.now();
  try {
    const result = await handler(event, context(id));
    process.send({ type: 'result', id, result, ms: performance.now() - started, cpuMs: cpuMs(process.cpuUsage(cpu)) });
  } catch (error) {
    process.send({
      type: 'result',
      id,
      error: String((error && error.stack) || error),
      ms: performance.now() - started,
      cpuMs: cpuMs(process.cpuUsage(cpu)),
    });
  }
});
process.on('disconnect', () => process.exit(0));
