import { apiGatewayEvent } from '../../../core/apiGatewayEvent';
import { graphqlEvent } from '../../helpers/apiGatewayEvent';
import captured from '../../fixtures/apigw-rest-event.json';

/** Every key path of a JSON value, so two events can be compared by shape. */
function shape(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === 'headers' || key === 'multiValueHeaders' ? [`${prefix}.${key}`] : shape(inner, `${prefix}.${key}`),
  );
}

describe('the API Gateway event builder (core/apiGatewayEvent.ts)', () => {
  it('builds an event of the same shape as one captured from AWS', () => {
    const event = apiGatewayEvent({
      method: 'POST',
      path: '/graphql',
      headers: [['Host', 'abc.execute-api.eu-west-1.amazonaws.com']],
      body: '{}',
      stage: 'test',
    });

    expect(shape(event).sort()).toEqual(shape(captured).sort());
  });

  it('keeps header case, joins a repeated header, and lists each value in multiValueHeaders', () => {
    const event = apiGatewayEvent({
      method: 'GET',
      path: '/graphql',
      headers: [
        ['X-Thing', 'a'],
        ['x-other', 'b'],
        ['X-Thing', 'c'],
      ],
      stage: 's',
    });

    expect(event.headers).toEqual({ 'X-Thing': 'a,c', 'x-other': 'b' });
    expect(event.multiValueHeaders).toEqual({ 'X-Thing': ['a', 'c'], 'x-other': ['b'] });
  });

  it('gives a repeated query parameter its last value, as API Gateway does, and all of them in the multi-value map', () => {
    const event = apiGatewayEvent({
      method: 'GET',
      path: '/graphql',
      query: [
        ['query', 'first'],
        ['variables', '{}'],
        ['query', 'last'],
      ],
      stage: 's',
    });

    expect(event.queryStringParameters).toEqual({ query: 'last', variables: '{}' });
    expect(event.multiValueQueryStringParameters).toEqual({ query: ['first', 'last'], variables: ['{}'] });
  });

  it('passes text bodies as UTF-8 and others base64-encoded', () => {
    const json = apiGatewayEvent({
      method: 'POST',
      path: '/graphql',
      headers: [['content-type', 'application/json']],
      body: '{"q":"é"}',
      stage: 's',
    });
    const binary = apiGatewayEvent({
      method: 'POST',
      path: '/graphql',
      headers: [['content-type', 'application/octet-stream']],
      body: Buffer.from([0xff, 0x00]),
      stage: 's',
    });

    expect([json.body, json.isBase64Encoded]).toEqual(['{"q":"é"}', false]);
    expect([binary.body, binary.isBase64Encoded]).toEqual(['/wA=', true]);
  });
});

describe('the GraphQL request events of the tests and the bench (tests/helpers/apiGatewayEvent.ts)', () => {
  it('turns a GraphQL GET into parameters and a POST into a JSON body', () => {
    const get = graphqlEvent({ query: '{ a }', variables: { x: 1 }, method: 'GET' }, { stage: 'qa' });
    const post = graphqlEvent({ query: '{ a }', token: 't' }, { stage: 'qa' });

    expect(get.queryStringParameters).toEqual({ query: '{ a }', variables: '{"x":1}' });
    expect(get.body).toBeNull();
    expect(get.requestContext.stage).toBe('qa');
    expect(JSON.parse(post.body!)).toEqual({ query: '{ a }' });
    expect(post.headers).toEqual({ 'Content-Type': 'application/json', Authorization: 'Bearer t' });
  });
});
