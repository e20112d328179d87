import { parse } from 'graphql';
import { validateSDL } from 'graphql/validation/validate';
import { typeDefs } from '../../../generated/typeDefs';

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
