import { makeExecutableSchema } from '@graphql-tools/schema';
import { parse, printSchema } from 'graphql';
import { validateSDL } from 'graphql/validation/validate';
import { typeDefs } from '../../../generated/typeDefs';
import { resolvers } from '../../../resolvers';
import { buildExecutableSchema } from '../../../server/createServer';

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
