import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { undescribed } from '../../../release/schemaDescriptions';

const SCHEMA_DIR = join(__dirname, '..', '..', '..', 'schema');

describe('undescribed (every schema element has a description)', () => {
  it('finds nothing undescribed in schema/', () => {
    // Prepare
    const sdl = readdirSync(SCHEMA_DIR)
      .filter((name) => name.endsWith('.graphql'))
      .map((name) => readFileSync(join(SCHEMA_DIR, name), 'utf8'))
      .join('\n');

    // Act
    const missing = undescribed(buildSchema(sdl));

    // Assess
    expect(missing).toEqual([]);
  });

  it('names each kind of element that lacks one, and leaves the roots and GraphQL’s own types alone', () => {
    // Prepare
    const schema = buildSchema(`
      type Query { "Described." thing(id: ID!, "Described." first: Int): Thing, bare: Int }
      "Described." type Thing { "Described." id: ID!, name: String }
      input ThingInput { name: String }
      "Described." enum Kind { "Described." A, B }
      scalar Stamp
    `);

    // Act
    const missing = undescribed(schema);

    // Assess
    expect(missing).toEqual(['Kind.B', 'Query.bare', 'Query.thing(id:)', 'Stamp', 'Thing.name', 'ThingInput', 'ThingInput.name']);
  });

  it('counts a blank description as none', () => {
    expect(undescribed(buildSchema('type Query { "  " a: Int }'))).toEqual(['Query.a']);
  });
});
