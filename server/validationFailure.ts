import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';

/**
 * A request refused before execution, as Apollo reports its own validation errors: HTTP 400,
 * `GRAPHQL_VALIDATION_FAILED`. graphql-armor prefixes its messages with "Syntax Error: ",
 * which is dropped: the document parsed; it is over a limit.
 */
export function validationFailure(error: GraphQLError, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
    nodes: error.nodes,
    extensions: { ...extensions, code: ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED, http: { status: 400 } },
  });
}
