import type { GraphqlResponse } from './handlerHarness';

/** The `extensions.code` of a response's first error, or `OK` when it has none. */
export const codeOf = (response: Pick<GraphqlResponse<unknown>, 'body'>): string => String(response.body.errors?.[0]?.extensions?.code ?? 'OK');
