import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { type GraphQLError, validate, type DocumentNode, type ValidationContext, type ValidationRule } from 'graphql';
import type { Context } from '../../resolvers/context';
import { BadUserInputError } from '../../core/errors';
import { toGraphQLError } from '../errorBoundary';
import type { QueryLimits } from '../../runtime/settings/runtimeSettings';
import { resolvePageSizes, type PageSize } from '../resolvePageSizes';
import { validationFailure } from '../validationFailure';

/** Report armor's rejections as validation errors instead of throwing out of graphql-js's validate. */
const armor = { propagateOnRejection: false, onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)] };

/**
 * Depth, aliases, directives, page sizes and cost, with the limits in force for this request
 * (`context.settings.limits`, which an operator can change at runtime), checked after the
 * operation is known and before anything executes: no resolver runs and DynamoDB is not called
 * for a refused request.
 *
 * - depth, aliases, directives, cost: graphql-armor's rules; HTTP 400 `GRAPHQL_VALIDATION_FAILED`,
 *   with the limit named only where schema details are shown (`settings.introspection`);
 * - page sizes: every `first` argument, whether literal, a variable or the schema default, must be
 *   1..`maxPageSize`, else HTTP 400 `BAD_USER_INPUT`;
 * - cost is priced with the page sizes as they resolve, so `first: $n` costs what `n` asks for.
 *
 * This runs on every request rather than as Apollo `validationRules`: Apollo skips validation for
 * documents it has seen before, which would keep a document accepted under a looser limit, and
 * validation rules never see variables.
 */
export function queryLimitsPlugin(): ApolloServerPlugin<Context> {
  const listener: GraphQLRequestListener<Context> = {
    async didResolveOperation({ schema, document, operation, request, contextValue }) {
      if (!operation) return;
      const { limits, introspection: exposeLimits } = contextValue.settings;
      const shapeKey = `${limits.maxDepth}/${limits.maxAliases}/${limits.maxDirectives}/${exposeLimits}`;
      refuseIf(verdictFor(document, shapeKey, () => validate(schema, document, shapeRules(limits, exposeLimits))));
      const pages = resolvePageSizes(schema, document, operation, request.variables);
      if (!pages) return;
      const oversized = pages.sizes.find((size) => !isPageSize(size.value, limits.maxPageSize));
      if (oversized) throw pageSizeError(oversized, limits.maxPageSize);
      const costKey = `cost/${limits.maxCost}/${exposeLimits}/${pages.sizes.map((size) => size.value).join(',')}`;
      refuseIf(
        verdictFor(document, costKey, () =>
          validate(schema, pages.document, [costLimitRule({ ...armor, maxCost: limits.maxCost, exposeLimits, flattenFragments: true })]),
        ),
      );
    },
  };
  return { requestDidStart: async () => listener };
}

function shapeRules(limits: QueryLimits, exposeLimits: boolean): ValidationRule[] {
  return [
    // fragments (named or inline) add no level: depth is how deep the fields nest
    maxDepthRule({ ...armor, n: limits.maxDepth, exposeLimits, flattenFragments: true }),
    maxAliasesRule({ ...armor, n: limits.maxAliases, exposeLimits }),
    maxDirectivesRule({ ...armor, n: limits.maxDirectives, exposeLimits }),
  ] as ValidationRule[];
}

/**
 * Verdicts per parsed document (Apollo hands the same DocumentNode to every request with the same
 * query text) and per limits in force: a document is checked once for each set of limits, not
 * on every request. A change of limits is a new key, so it applies on the next request.
 */
const verdicts = new WeakMap<DocumentNode, Map<string, GraphQLError | null>>();

function verdictFor(document: DocumentNode, key: string, check: () => readonly GraphQLError[]): GraphQLError | null {
  let byKey = verdicts.get(document);
  if (!byKey) verdicts.set(document, (byKey = new Map()));
  let verdict = byKey.get(key);
  if (verdict === undefined) {
    verdict = check()[0] ?? null;
    byKey.set(key, verdict);
  }
  return verdict;
}

function refuseIf(error: GraphQLError | null): void {
  if (error) throw validationFailure(error);
}

function isPageSize(value: unknown, max: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max;
}

function pageSizeError({ coordinate, node }: PageSize, max: number): GraphQLError {
  return toGraphQLError(new BadUserInputError(`"first" must be between 1 and ${max}.`, { details: { argument: 'first', field: coordinate } }), {
    nodes: [node],
  });
}
