import { BAD_REQUEST_BODY } from '../../infra/gatewayErrors';
import { ERROR_CORS_HEADERS } from '../../infra/constructs/preflightIntegration';
import { onlyResource } from './helpers/cfn';
import { synthesizeShipped } from './helpers/shippedStages';
import { stackIdFor, type Synthesized } from './helpers/synthesize';

let synthesized: Synthesized;
beforeAll(() => {
  // every stage, as `cdk synth` makes them (the synth other test files share); qa's stack is read
  synthesized = synthesizeShipped();
});
afterAll(() => synthesized?.cleanup());

describe("the gateway's answer to a body its request model refuses", () => {
  it('says BAD_REQUEST, as the function does for a malformed body, with BAD_REQUEST_BODY as the reason', () => {
    // Prepare
    expect(synthesized.error).toBeUndefined();
    const json = synthesized.json(stackIdFor('qa'));

    // Act
    const [, response] = onlyResource(json, 'AWS::ApiGateway::GatewayResponse', (r) => r.Properties.ResponseType === 'BAD_REQUEST_BODY');

    // Assess
    expect(response.Properties.StatusCode).toBe('400');
    expect(JSON.parse(response.Properties.ResponseTemplates['application/json'])).toEqual({
      errors: [
        { message: BAD_REQUEST_BODY.message, extensions: { code: 'BAD_REQUEST', reason: 'BAD_REQUEST_BODY', requestId: '$context.requestId' } },
      ],
    });
    expect(response.Properties.ResponseParameters).toEqual(
      Object.fromEntries(Object.entries(ERROR_CORS_HEADERS).map(([name, value]) => [`gatewayresponse.header.${name}`, value])),
    );
  });
});
