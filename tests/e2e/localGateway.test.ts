import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyResult } from 'aws-lambda';
import { stages } from '../../infra/stages';
import type { StorefrontHandler } from '../../server/createLambdaHandler';
import { LOCAL_CONCURRENCY, createLocalGateway, type LocalGateway } from '../../local/gateway';

describe('the local gateway in front of a handler', () => {
  let gateway: LocalGateway;
  let url: string;
  let handler: StorefrontHandler;

  beforeAll(async () => {
    gateway = createLocalGateway({ handler: () => handler, stage: stages.qa });
    await new Promise<void>((resolve) => gateway.server.listen(0, resolve));
    url = `http://127.0.0.1:${(gateway.server.address() as AddressInfo).port}/graphql`;
  });

  afterAll(async () => {
    gateway.server.closeAllConnections();
    await new Promise((resolve) => gateway.server.close(resolve));
  });

  it(`runs at most ${LOCAL_CONCURRENCY} invocations at once and answers every request of a burst`, async () => {
    // Prepare: a handler that counts how many run together, each holding its turn until as many run
    // as the limit (or as are left), then a while longer: a burst fills every turn however slowly
    // the requests arrive, and a gateway without the limit would let the whole burst in
    const requests = 60;
    let running = 0;
    let most = 0;
    let finished = 0;
    handler = async () => {
      most = Math.max(most, ++running);
      // (not for ever: with a lower limit the test ends, and fails below)
      for (const giveUp = Date.now() + 2_000; running < Math.min(LOCAL_CONCURRENCY, requests - finished) && Date.now() < giveUp;) {
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
      running--;
      finished++;
      return { statusCode: 200, headers: { 'content-type': 'application/json' }, body: '{"data":{}}' } satisfies APIGatewayProxyResult;
    };

    // Act
    const statuses = await Promise.all(
      Array.from({ length: requests }, () =>
        fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }).then((r) => r.status),
      ),
    );

    // Assess
    expect(statuses).toEqual(Array(requests).fill(200));
    expect(most).toBe(LOCAL_CONCURRENCY);
  });

  it('stores any answer the function gives a GET, and nothing when the invocation fails', async () => {
    // Prepare
    gateway.cache!.clear();
    const answers = [
      { statusCode: 400, headers: { 'content-type': 'application/json' }, body: '{"errors":[{"message":"no","extensions":{"code":"BAD_REQUEST"}}]}' },
    ];
    let calls = 0;
    handler = async () => {
      calls++;
      const next = answers.shift();
      if (!next) throw new Error('the function failed');
      return next;
    };
    const get = () => fetch(`${url}?query=%7B%20a%20%7D`).then(async (r) => ({ status: r.status, cache: r.headers.get('x-cache') }));

    // Act
    const stored = [await get(), await get()];
    gateway.cache!.clear();
    const failed = [await get(), await get()];

    // Assess
    expect(stored).toEqual([
      { status: 400, cache: 'miss' },
      { status: 400, cache: 'hit' },
    ]);
    expect(failed).toEqual([
      { status: 502, cache: 'miss' },
      { status: 502, cache: 'miss' },
    ]);
    expect(calls).toBe(3);
  });
});
