import type { GraphQLRequestContext, GraphQLRequestListener } from '@apollo/server';
import { requestPipelinePlugin } from '../../../../server/plugins/requestPipelinePlugin';

type Ctx = { requestId: string };
const requestContext = {} as GraphQLRequestContext<Ctx>;

async function listenerOf(listeners: Array<GraphQLRequestListener<Ctx>>): Promise<GraphQLRequestListener<Ctx>> {
  return (await requestPipelinePlugin(listeners).requestDidStart!(requestContext))!;
}

describe('requestPipelinePlugin', () => {
  it('calls, per hook, the listeners that have it, in the order given, with one listener for every request', async () => {
    const calls: string[] = [];
    const merged = await listenerOf([
      { didResolveOperation: async () => void calls.push('limits') },
      { willSendResponse: async () => void calls.push('log') },
      { didResolveOperation: async () => void calls.push('read-only'), willSendResponse: async () => void calls.push('correlate') },
    ]);

    await merged.didResolveOperation!(requestContext as never);
    await merged.willSendResponse!(requestContext as never);

    expect(calls).toEqual(['limits', 'read-only', 'log', 'correlate']);
    expect(merged.didEncounterErrors).toBeUndefined();
    expect(await listenerOf([])).toEqual({});
    const plugin = requestPipelinePlugin([{ willSendResponse: async () => undefined }]);
    expect(await plugin.requestDidStart!(requestContext)).toBe(await plugin.requestDidStart!(requestContext));
  });

  it('runs every listener when one fails, then fails with the first failure, as separate plugins would', async () => {
    const calls: string[] = [];
    const first = new Error('introspection is off');
    const merged = await listenerOf([
      {
        didResolveOperation: async () => {
          calls.push('visibility');
          throw first;
        },
      },
      {
        didResolveOperation: async () => {
          calls.push('limits');
          throw new Error('too deep');
        },
      },
      { didResolveOperation: async () => void calls.push('read-only') },
    ]);

    await expect(merged.didResolveOperation!(requestContext as never)).rejects.toBe(first);
    expect(calls).toEqual(['visibility', 'limits', 'read-only']);
  });

  it('refuses a listener with a hook it does not wire, instead of never calling that hook', () => {
    const withOtherHook = {
      willSendResponse: async () => undefined,
      executionDidStart: async () => undefined,
    } as unknown as GraphQLRequestListener<Ctx>;

    expect(() => requestPipelinePlugin([withOtherHook])).toThrow(/executionDidStart/);
  });
});
