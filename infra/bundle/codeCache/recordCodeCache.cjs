// @ts-check
'use strict';
// Records the asset's V8 code cache (infra/bundle/codeCache.ts). Run by the runtime's Node with
// the runtime's V8 flags, through the asset's exec wrapper: loads `app.js` exactly as the loader
// does, sends a warm-up ping and the given queries (DynamoDB answered by an empty local stub),
// then writes `app.cache` and `app.cache.json`. Arguments: asset directory, settings JSON.
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');
const [dir = '', settingsJson = '{}'] = process.argv.slice(2);
const settings = JSON.parse(settingsJson);
/** @type {Record<string, object>} */
const EMPTY = { Query: { Items: [], Count: 0, ScannedCount: 0 }, GetItem: {}, BatchGetItem: { Responses: {}, UnprocessedKeys: {} } };
const stub = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const op =
      String(req.headers['x-amz-target'] || '')
        .split('.')
        .pop() ?? '';
    res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' });
    res.end(JSON.stringify(EMPTY[op] || {}));
  });
});
stub.listen(0, '127.0.0.1', async () => {
  const address = /** @type {import('node:net').AddressInfo} */ (stub.address());
  Object.assign(process.env, settings.env, { DYNAMODB_ENDPOINT: 'http://127.0.0.1:' + address.port });
  const filename = path.join(dir, 'app.js');
  const source = fs.readFileSync(filename, 'utf8');
  const script = new vm.Script(Module.wrap(source), { filename });
  /** @type {any} */
  const app = new Module(filename, /** @type {any} */ (module));
  app.filename = filename;
  app.paths = /** @type {any} */ (Module)._nodeModulePaths(dir);
  script.runInThisContext()(app.exports, Module.createRequire(filename), app, filename, dir);
  const context = { awsRequestId: 'code-cache', functionName: 'code-cache', getRemainingTimeInMillis: () => 15000 };
  const handler = app.exports.handler;
  await handler({ warmer: true }, context);
  for (const query of /** @type {string[]} */ (settings.queries)) {
    const body = JSON.stringify({ query, variables: { id: 'code-cache' } });
    const headers = { 'Content-Type': 'application/json', Origin: settings.env.CORS_ORIGINS };
    await handler(
      {
        resource: '/graphql',
        path: '/graphql',
        httpMethod: 'POST',
        headers,
        multiValueHeaders: Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, [value]])),
        queryStringParameters: null,
        multiValueQueryStringParameters: null,
        pathParameters: null,
        stageVariables: null,
        requestContext: { requestId: 'code-cache', httpMethod: 'POST', path: '/graphql', stage: 'code-cache', identity: { sourceIp: '127.0.0.1' } },
        body,
        isBase64Encoded: false,
      },
      context,
    );
  }
  fs.writeFileSync(path.join(dir, 'app.cache'), script.createCachedData());
  fs.writeFileSync(
    path.join(dir, 'app.cache.json'),
    JSON.stringify({ node: process.version, v8: process.versions.v8, arch: process.arch, execArgv: process.execArgv }),
  );
  process.exit(0);
});
