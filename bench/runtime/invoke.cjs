'use strict';
// Child process of the cold-start bench: loads one handler module the way the Lambda Node.js
// runtime does (require the file, take its `handler` export), sends it one event, prints one JSON
// line and exits. Plain CommonJS so that nothing but Node itself runs before the handler loads.
const { performance } = require('node:perf_hooks');
const t0 = performance.now();
// CPU time of the whole process so far (user + system; with an exec wrapper, the shell's too)
const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
const [modulePath, eventJson] = process.argv.slice(2);
const event = JSON.parse(eventJson);
const context = {
  awsRequestId: 'bench-cold-start',
  callbackWaitsForEmptyEventLoop: true,
  functionName: 'storefront-api-bench',
  functionVersion: '1',
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:storefront-api-bench:bench',
  memoryLimitInMB: '1024',
  logGroupName: '/aws/lambda/storefront-api-bench',
  logStreamName: 'bench',
  getRemainingTimeInMillis: () => 15_000,
  done() {},
  fail() {},
  succeed() {},
};
let handler;
try {
  handler = require(modulePath).handler;
} catch (error) {
  process.stdout.write('BENCH ' + JSON.stringify({ error: String((error && error.stack) || error) }) + '\n');
  process.exit(1);
}
const t1 = performance.now();
const initCpuMs = cpuMs();
Promise.resolve(handler(event, context)).then(
  (result) => {
    const t2 = performance.now();
    process.stdout.write(
      'BENCH ' +
        JSON.stringify({
          loadMs: t1 - t0,
          firstMs: t2 - t1,
          sinceOriginMs: t2,
          initCpuMs,
          cpuMs: cpuMs(),
          statusCode: result.statusCode,
          body: result.body,
        }) +
        '\n',
      () => process.exit(0),
    );
  },
  (error) => {
    process.stdout.write('BENCH ' + JSON.stringify({ error: String((error && error.stack) || error) }) + '\n', () => process.exit(1));
  },
);
