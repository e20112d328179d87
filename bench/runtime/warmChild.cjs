'use strict';
// Child process of the warm bench: builds one handler ("ours" or "bare") from the warm bundle on a
// recording DynamoDB client, records each operation's DynamoDB answers once, switches the client
// to replay, warms up, then times every call. Prints one line: BENCH {...}.
const fs = require('node:fs');
const [bundlePath, variant, settingsFile] = process.argv.slice(2);
const settings = JSON.parse(fs.readFileSync(settingsFile, 'utf8'));
const warm = require(bundlePath);
const context = {
  awsRequestId: 'bench-warm',
  callbackWaitsForEmptyEventLoop: true,
  functionName: 'storefront-api-bench',
  functionVersion: '1',
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:storefront-api-bench:bench',
  memoryLimitInMB: '1024',
  logGroupName: '/aws/lambda/storefront-api-bench',
  logStreamName: 'bench',
  getRemainingTimeInMillis: () => 15000,
  done() {},
  fail() {},
  succeed() {},
};

(async () => {
  const recorder = warm.recordingClient();
  const handler = variant === 'bare' ? warm.bare(recorder.client) : warm.ours(recorder.client);
  const problems = [];
  for (const op of settings.operations) {
    for (let attempt = 0; attempt < 2; attempt++) {
      const result = await handler(op.event, context);
      const body = JSON.parse(result.body);
      if (result.statusCode !== 200 || body.errors)
        problems.push(`${op.name}: ${result.statusCode} ${JSON.stringify(body.errors || body).slice(0, 300)}`);
    }
  }
  recorder.replay();
  for (let index = 0; index < settings.warmup; index++) {
    for (const op of settings.operations) await handler(op.event, context);
  }
  const times = Object.fromEntries(settings.operations.map((op) => [op.name, new Float64Array(settings.measure)]));
  for (let index = 0; index < settings.measure; index++) {
    for (const op of settings.operations) {
      const started = process.hrtime.bigint();
      await handler(op.event, context);
      times[op.name][index] = Number(process.hrtime.bigint() - started) / 1e3;
    }
  }
  const stats = {};
  for (const [name, values] of Object.entries(times)) {
    const sorted = Array.from(values).sort((a, b) => a - b);
    const at = (p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
    stats[name] = { meanUs: sorted.reduce((sum, value) => sum + value, 0) / sorted.length, p50Us: at(50), p99Us: at(99) };
  }
  process.stdout.write('\nBENCH ' + JSON.stringify({ stats, misses: recorder.misses(), problems: [...new Set(problems)] }) + '\n', () =>
    process.exit(0),
  );
})().catch((error) => {
  process.stdout.write('\nBENCH ' + JSON.stringify({ error: String((error && error.stack) || error) }) + '\n', () => process.exit(1));
});
