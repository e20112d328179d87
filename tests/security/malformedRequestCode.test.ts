import type { AddressInfo } from 'node:net';
import { stages } from '../../infra/stages';
import { createLocalGateway, type LocalGateway } from '../../local/gateway';
import { rawEvent } from '../helpers/apiGatewayEvent';
import { createHarness, type Harness } from '../helpers/handlerHarness';
import { rawRequest } from '../helpers/rawHttp';

const MALFORMED = '{"query": "{ categories { id } }"';
const JSON_HEADERS = { 'Content-Type': 'application/json' };

describe('one code for a malformed request, whoever refuses it', () => {
  let h: Harness;
  let gateway: LocalGateway;
  let url: string;

  beforeAll(async () => {
    h = await createHarness();
    gateway = createLocalGateway({ handler: () => h.handler, stage: stages.dev });
    await new Promise<void>((resolve) => gateway.server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(gateway.server.address() as AddressInfo).port}/graphql`;
  });

  afterAll(async () => {
    gateway.server.closeAllConnections();
    await new Promise((resolve) => gateway.server.close(resolve));
  });

  it('answers a malformed JSON body with 400 BAD_REQUEST from the function', async () => {
    // Act: the body reaches the function (as it would past a gateway without the request model)
    const response = await h.send(rawEvent({ method: 'POST', headers: JSON_HEADERS, body: MALFORMED }));

    // Assess
    expect(response.statusCode).toBe(400);
    expect(response.body.errors).toEqual([{ message: expect.any(String), extensions: { code: 'BAD_REQUEST' } }]);
  });

  it.each([
    ['malformed JSON', MALFORMED],
    ['a batch array', '[{"query":"{ __typename }"}]'],
    ['a query over 15,000 characters', JSON.stringify({ query: `{ ${'__typename '.repeat(1500)}}` })],
  ])('answers %s refused by the gateway’s request model with the same 400 BAD_REQUEST, the gateway’s reason beside it', async (_name, body) => {
    // Act
    const response = await rawRequest(url, { method: 'POST', path: '/graphql', headers: Object.entries(JSON_HEADERS), body });

    // Assess
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toEqual({
      errors: [{ message: expect.any(String), extensions: { code: 'BAD_REQUEST', reason: 'BAD_REQUEST_BODY', requestId: expect.any(String) } }],
    });
  });
});
