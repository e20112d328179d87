import { publicCustomerId } from '../../resolvers/customer/publicCustomerId';
import type { APIGatewayProxyResult } from 'aws-lambda';
import { graphqlEvent, lambdaContext } from '../helpers/apiGatewayEvent';
import { TEST_ORIGIN, createHarness, type Harness } from '../helpers/handlerHarness';

describe('the Lambda handler', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await createHarness();
  });

  beforeEach(() => {
    h.calls.length = 0;
  });

  it.each([
    ['the warm-up payload', { warmer: true }],
    ['an EventBridge scheduled event', { source: 'aws.events', 'detail-type': 'Scheduled Event', detail: {} }],
  ])('answers %s at once, without GraphQL or DynamoDB', async (_name, event) => {
    const result = await h.handler(event, lambdaContext());

    expect(result).toEqual({ warmed: true });
    expect(h.calls).toEqual([]);
  });

  it('echoes an allowed origin with Vary: Origin, and never a foreign one', async () => {
    const allowed = (await h.handler(
      graphqlEvent({ query: '{ categories { id } }', headers: { Origin: TEST_ORIGIN } }),
      lambdaContext(),
    )) as APIGatewayProxyResult;
    const foreign = (await h.handler(
      graphqlEvent({ query: '{ categories { id } }', headers: { Origin: 'https://evil.example' } }),
      lambdaContext(),
    )) as APIGatewayProxyResult;

    expect(allowed.headers).toMatchObject({ 'access-control-allow-origin': TEST_ORIGIN, vary: expect.stringMatching(/Origin/) });
    expect(foreign.headers?.['access-control-allow-origin']).toBeUndefined();
    expect(foreign.headers?.vary).toMatch(/Origin/);
  });

  it('marks every answer, data or error, GET or POST, as not to be stored by browsers and shared caches', async () => {
    const answers = [
      await h.gql({ query: '{ categories { id } }', method: 'GET' }),
      await h.gql({ query: '{ categories { id } }' }),
      await h.gql({ query: '{ nope }' }),
      await h.gql({ query: 'mutation { restockProduct(id: "x", quantity: 1) { id } }' }),
    ];

    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200, 400, 200]);
    for (const answer of answers) expect(answer.headers['cache-control']).toBe('no-store');
  });

  it('serves GET queries and refuses mutations over GET with 405, and any GET that carries a token with 400', async () => {
    const query = await h.gql({ query: '{ categories { id } }', method: 'GET' });
    const mutation = await h.gql({ query: 'mutation { restockProduct(id: "x", quantity: 1) { id } }', method: 'GET' });
    const signedIn = await h.gql({
      query: 'mutation { restockProduct(id: "x", quantity: 1) { id } }',
      method: 'GET',
      token: h.token({ sub: 'a', admin: true }),
    });

    expect(query.statusCode).toBe(200);
    expect(mutation.statusCode).toBe(405);
    expect(signedIn.statusCode).toBe(400);
    expect(signedIn.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_REQUEST' } })]);
    expect(h.calls).toEqual(['QueryCommand']);
  });

  it('rejects invalid, expired and foreign tokens with 401 UNAUTHENTICATED instead of treating them as anonymous', async () => {
    const expired = h.token({ sub: 'late', expiresInSeconds: -60 });
    const headers = ['Bearer not-a-jwt', `Bearer ${expired}`, `Basic ${Buffer.from('a:b').toString('base64')}`];

    for (const authorization of headers) {
      const response = await h.gql({ query: '{ me { id } }', headers: { Authorization: authorization } });
      expect(response.statusCode).toBe(401);
      expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(h.calls).toEqual([]);
  });

  it('answers me with null for anonymous callers and the profile for signed-in ones', async () => {
    const anonymous = await h.gql({ query: '{ me { id } }' });
    const signedIn = await h.gql({ query: '{ me { id email } }', token: h.token({ sub: 'zoe', email: 'zoe@example.com' }) });

    expect(anonymous.body).toEqual({ data: { me: null } });
    expect(signedIn.body.data).toEqual({ me: { id: publicCustomerId('zoe'), email: 'zoe@example.com' } });
  });

  it('masks unexpected errors: generic message, request id, no internals; the full error is logged', async () => {
    const broken = await createHarness({ tableName: 'table-that-does-not-exist' });
    const event = graphqlEvent({ query: '{ categories { id } }' });

    const result = (await broken.handler(event, lambdaContext())) as APIGatewayProxyResult;

    const body = JSON.parse(result.body) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
    expect(body.errors[0]).toMatchObject({
      message: 'Internal server error.',
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: event.requestContext.requestId },
    });
    expect(result.body).not.toMatch(/table-that-does-not-exist|ResourceNotFound|Exception|arn:|stack|\.ts:/i);
    const logged = broken.logs.map((line) => JSON.parse(line) as Record<string, unknown>).find((entry) => entry.message === 'Unexpected error');
    expect(logged).toMatchObject({ level: 'ERROR', requestId: event.requestContext.requestId });
    expect(JSON.stringify(logged)).toMatch(/ResourceNotFoundException/);
  });

  it('introspects the schema for Apollo Sandbox when introspection is on, and refuses it when off', async () => {
    const on = await h.gql({ query: '{ __schema { queryType { name } } }' });
    const closed = await createHarness({ introspection: false });
    const off = await closed.gql({ query: '{ __schema { queryType { name } } }' });

    expect(on.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect(off.statusCode).toBe(400);
    expect(off.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
