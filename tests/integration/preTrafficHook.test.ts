import type { APIGatewayProxyEvent } from 'aws-lambda';
import type { InvokeVersion } from '../../release/smokeChecks';
import { createHarness, type Harness } from '../helpers/handlerHarness';
import { HOOK_EVENT, recordingHook } from '../helpers/preTrafficHook';

describe('the pre-traffic hook against a broken version', () => {
  let broken: Harness;

  beforeAll(async () => {
    // a version deployed with a table it cannot read (a wrong TABLE_NAME)
    broken = await createHarness({ tableName: 'storefront-no-such-table', introspection: false });
  });

  it('reports Failed when the catalog cannot be read, naming the check and what came back', async () => {
    const invoke: InvokeVersion = async (event: APIGatewayProxyEvent) => {
      const answer = await broken.send(event);
      return { statusCode: answer.statusCode, headers: answer.headers as Record<string, string>, body: JSON.stringify(answer.body) };
    };

    const { hook, reported } = recordingHook(invoke, { introspection: false, stage: 'prod' });

    const { status, results } = await hook(HOOK_EVENT);

    expect(status).toBe('Failed');
    expect(reported).toEqual(['Failed']);
    expect(results[0]).toMatchObject({
      name: 'catalog query',
      ok: false,
      detail: expect.stringMatching(/^expected 200 with a list of categories, got \d+ \(errors: INTERNAL_SERVER_ERROR\)$/),
    });
    expect(results.slice(1).every((result) => result.ok)).toBe(true);
  });
});
