import { parse } from 'graphql';
import { HOSTILE_DOCUMENTS } from '../../bench/validation';
import { DOCUMENT_BOUNDS, documentBoundsViolation } from '../../server/documentBounds';
import { trustedDocuments } from '../../server/trustedDocuments';
import { createHarness, type Harness } from '../helpers/handlerHarness';
import { resolverCalls } from '../helpers/resolverCalls';

const repeat = (selection: string, times: number) => Array.from({ length: times }, () => selection).join(' ');

/** Documents within the token limit whose validation would cost many times a trusted document's. */
const OUT_OF_BOUNDS: ReadonlyArray<readonly [string, string]> = [
  ...HOSTILE_DOCUMENTS,
  ['one field repeated 4 times', `{ ${repeat('categories { id }', 4)} }`],
  ['a field repeated through inline fragments', `{ ${repeat('... on Query { categories { id } }', 4)} }`],
  [
    'a field repeated through fragments',
    `${[1, 2, 3, 4].map((n) => `fragment F${n} on Query { categories { id } }`).join(' ')} { ...F1 ...F2 ...F3 ...F4 }`,
  ],
  [
    'fields nested 3 deep, 3 of each (merged: 9 at the second level)',
    `{ ${repeat(`categories { ${repeat('products { edges { cursor } }', 3)} }`, 3)} }`,
  ],
  ['101 fields in one selection set', `{ categories { ${Array.from({ length: 101 }, (_, i) => `a${i}: id`).join(' ')} } }`],
  ['26 operations', Array.from({ length: 26 }, (_, i) => `query Q${i} { categories { id } }`).join(' ')],
  ['21 fragments', `${Array.from({ length: 21 }, (_, i) => `fragment F${i} on Query { f${i}: categories { id } }`).join(' ')} { ...F0 }`],
];

describe('documents whose validation would cost too much are refused before validation', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await createHarness();
  });

  beforeEach(() => {
    resolverCalls.count = 0;
    h.calls.length = 0;
  });

  it.each(OUT_OF_BOUNDS)('refuses %s with 400 GRAPHQL_VALIDATION_FAILED, by POST and GET, admins included', async (_name, query) => {
    // Prepare
    const admin = h.token({ sub: 'bounds-admin', admin: true });

    // Act
    const answers = [await h.gql({ query }), await h.gql({ query, method: 'GET' }), await h.gql({ query, token: admin })];

    // Assess
    for (const answer of answers) {
      expect(answer.statusCode).toBe(400);
      expect(answer.body.errors).toEqual([
        expect.objectContaining({ message: expect.stringMatching(/at most|more than/), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
      ]);
    }
    expect(resolverCalls.count).toBe(0);
    expect(h.calls).toEqual([]);
  });

  it(`answers a field repeated ${DOCUMENT_BOUNDS.maxSameNameFields} times, and the same document again, normally`, async () => {
    // Prepare
    const query = `{ ${repeat('categories { id }', DOCUMENT_BOUNDS.maxSameNameFields)} }`;

    // Act
    const first = await h.gql({ query });
    const again = await h.gql({ query });

    // Assess
    for (const answer of [first, again]) {
      expect(answer.statusCode).toBe(200);
      expect(answer.body.data).toEqual({ categories: expect.any(Array) });
    }
  });

  it('leaves a document that does not parse to GraphQL’s parser', async () => {
    // Act
    const answer = await h.gql({ query: '{ categories { id ' });

    // Assess
    expect(answer.statusCode).toBe(400);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('admits every trusted document (the storefront’s, of this and earlier releases)', () => {
    // Act
    const violations = [...trustedDocuments().values()].map((document) => documentBoundsViolation(parse(document)));

    // Assess
    expect(violations.filter(Boolean)).toEqual([]);
  });
});
