import { Logger } from '@aws-lambda-powertools/logger';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { parse, printSchema } from 'graphql';
import { validateSDL } from 'graphql/validation/validate';
import { anonymous } from '../../../core/actor';
import { typeDefs } from '../../../generated/typeDefs';
import { resolvers } from '../../../resolvers';
import type { Context } from '../../../resolvers/context';
import { defaultQueryLimits, defaultRuntimeSettings, type RuntimeSettings } from '../../../runtime/settings/runtimeSettings';
import { buildExecutableSchema, createServer } from '../../../server/createServer';
import { readOnlyPlugin } from '../../../server/plugins/readOnlyPlugin';

// server/createServer.ts builds the schema with assumeValidSDL: the committed SDL is validated here.
describe('the SDL the server is built from', () => {
  it('has no validation errors', () => {
    expect(validateSDL(parse(typeDefs))).toEqual([]);
  });

  it('would report an invalid SDL (the check above can fail)', () => {
    expect(validateSDL(parse(`${typeDefs}\ntype Category { id: ID! }`)).map((error) => error.message)).toContain(
      'There can be only one type named "Category".',
    );
  });
});

describe('the executable schema', () => {
  it("is what Apollo's default build makes of the SDL and resolvers, every resolver attached", () => {
    // Prepare
    const byDefault = makeExecutableSchema({ typeDefs, resolvers });

    // Act
    const schema = buildExecutableSchema();

    // Assess
    expect(printSchema(schema)).toBe(printSchema(byDefault));
    const unattached = Object.entries(resolvers).flatMap(([typeName, fields]) => {
      const type = schema.getType(typeName) as { getFields?: () => Record<string, { resolve?: unknown }> } | undefined;
      if (!type?.getFields) return [];
      return Object.keys(fields as object).filter((field) => typeof type.getFields!()[field]?.resolve !== 'function');
    });
    expect(Object.keys(resolvers)).toContain('Query');
    expect(unattached).toEqual([]);
  });
});

describe('the order of the request plugins', () => {
  const logger = new Logger({ logLevel: 'SILENT' });
  /** Asks for the schema and nests deeper than maxDepth 2 allows. */
  const INTROSPECTING_AND_DEEP = '{ __schema { queryType { name } } product(id: "p") { category { products(first: 1) { edges { node { id } } } } } }';
  const DEEP_MUTATION = 'mutation { restockProduct(id: "p", quantity: 1) { category { products(first: 1) { edges { node { id } } } } } }';
  const limits = { ...defaultQueryLimits, maxDepth: 2 };

  /** The error of a request that no resolver gets to (an empty context: every plugin here refuses before execution). */
  async function refusal(query: string, settings: RuntimeSettings) {
    const server = createServer({ introspection: false, logger, trusted: new Map(), plugins: [readOnlyPlugin()] });
    try {
      const contextValue = { requestId: 'r-1', actor: anonymous, settings } as Context;
      const response = await server.executeOperation({ query }, { contextValue });
      const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
      expect(errors).toHaveLength(1);
      return { code: errors![0]!.extensions?.code, validationErrorCode: errors![0]!.extensions?.validationErrorCode, status: response.http.status };
    } finally {
      await server.stop();
    }
  }

  it('refuses an untrusted document as such, whatever else is wrong with it', async () => {
    // Act
    const refused = await refusal(INTROSPECTING_AND_DEEP, defaultRuntimeSettings({ trustedDocuments: 'require', limits }));

    // Assess
    expect(refused).toEqual({ code: 'TRUSTED_DOCUMENT_REQUIRED', validationErrorCode: undefined, status: 400 });
  });

  it('refuses hidden introspection before the limits', async () => {
    // Act
    const refused = await refusal(INTROSPECTING_AND_DEEP, defaultRuntimeSettings({ introspection: false, limits }));

    // Assess
    expect(refused).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', validationErrorCode: 'INTROSPECTION_DISABLED', status: 400 });
  });

  it('applies the limits to a shown schema', async () => {
    // Act
    const refused = await refusal(INTROSPECTING_AND_DEEP, defaultRuntimeSettings({ introspection: true, limits }));

    // Assess
    expect(refused).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', validationErrorCode: undefined, status: 400 });
  });

  it("refuses a mutation over the limits for its limits, before the entry point's read-only switch", async () => {
    // Act
    const overLimits = await refusal(DEEP_MUTATION, defaultRuntimeSettings({ readOnly: true, limits }));
    const withinLimits = await refusal(DEEP_MUTATION, defaultRuntimeSettings({ readOnly: true }));

    // Assess
    expect(overLimits).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', validationErrorCode: undefined, status: 400 });
    expect(withinLimits).toEqual({ code: 'SERVICE_UNAVAILABLE', validationErrorCode: undefined, status: 503 });
  });
});
