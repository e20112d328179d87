import type { AddressInfo } from 'node:net';
import { stages } from '../../infra/stages';
import { LOCAL_GATEWAY_ERRORS } from '../../infra/gatewayErrors';
import type { StorefrontHandler } from '../../server/createLambdaHandler';
import { createLocalGateway, type LocalGateway } from '../../local/gateway';
import { rawRequest } from '../helpers/rawHttp';

/** A JSON body of about 11 MB: over API Gateway's 10 MB payload limit. */
const ELEVEN_MB_BODY = JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(11 * 1024 * 1024) } });

describe('the local gateway and bodies over 10 MB', () => {
  let gateway: LocalGateway;
  let url: string;
  let invocations = 0;
  const handler: StorefrontHandler = async () => {
    invocations++;
    return { statusCode: 200, headers: { 'content-type': 'application/json' }, body: '{"data":{}}' };
  };

  beforeAll(async () => {
    gateway = createLocalGateway({ handler: () => handler, stage: stages.dev });
    await new Promise<void>((resolve) => gateway.server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(gateway.server.address() as AddressInfo).port}/graphql`;
  });

  afterAll(async () => {
    gateway.server.closeAllConnections();
    await new Promise((resolve) => gateway.server.close(resolve));
  });

  it('answers every one of several 11 MB POSTs with 413 REQUEST_TOO_LARGE, never a reset connection, and invokes nothing', async () => {
    // Prepare
    const attempts = 6;
    const headers: Array<[string, string]> = [['Content-Type', 'application/json']];

    // Act: one after another, each on a new connection
    const answers = [];
    for (let attempt = 0; attempt < attempts; attempt++) {
      answers.push(await rawRequest(url, { method: 'POST', path: '/graphql', headers, body: ELEVEN_MB_BODY }));
    }

    // Assess
    for (const answer of answers) {
      expect(answer.status).toBe(413);
      expect(JSON.parse(answer.body)).toEqual({
        errors: [{ message: LOCAL_GATEWAY_ERRORS.tooLarge.message, extensions: { code: 'REQUEST_TOO_LARGE', requestId: expect.any(String) } }],
      });
    }
    expect(invocations).toBe(0);
  });

  it('still answers the next request on the same server normally', async () => {
    // Prepare
    await rawRequest(url, { method: 'POST', path: '/graphql', headers: [['Content-Type', 'application/json']], body: ELEVEN_MB_BODY });

    // Act
    const answer = await rawRequest(url, {
      method: 'POST',
      path: '/graphql',
      headers: [['Content-Type', 'application/json']],
      body: '{"query":"{ __typename }"}',
    });

    // Assess
    expect(answer.status).toBe(200);
  });
});
