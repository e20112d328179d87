import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { buildSchema, getOperationAST, parse, validate, type ValidationRule } from 'graphql';
import { typeDefs } from '../../generated/typeDefs';
import { MAX_TOKENS } from '../../server/createServer';
import { resolvePageSizes } from '../../server/resolvePageSizes';
import { defaultQueryLimits } from '../../runtime/settings/runtimeSettings';
import { createHarness, type Harness } from '../helpers/handlerHarness';
import { recordSuiteCounts } from '../helpers/suiteSummary';
import { operationCorpus } from './operationCorpus';
import { HOSTILE_DOCUMENTS } from '../../bench/validation';

const schema = buildSchema(typeDefs);

/** The cost the limits plugin computes for an operation (page sizes resolved from the variables). */
function costOf(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const resolved = resolvePageSizes(schema, document, getOperationAST(document)!, variables)!;
  let cost = Number.NaN;
  const rule = costLimitRule({ maxCost: Number.MAX_SAFE_INTEGER, flattenFragments: true, onAccept: [(_context, { n }) => (cost = n)] });
  validate(schema, resolved.document, [rule as ValidationRule]);
  return cost;
}

describe('the known operations against the limits', () => {
  let h: Harness;
  let attacks = 0;

  beforeAll(async () => {
    h = await createHarness({ introspection: false });
  });

  afterAll(() => recordSuiteCounts('security', { attacks }));

  it.each(operationCorpus.map((operation) => [operation.name, operation] as const))(
    '%s costs at most half the cost budget and passes every limit through the handler',
    async (_name, { query, variables }) => {
      const cost = costOf(query, variables);
      const token = h.token({ sub: 'corpus-customer', admin: true });

      const response = await h.gql({ query, variables, token });

      expect(cost).toBeLessThanOrEqual(defaultQueryLimits.maxCost / 2);
      expect(response.statusCode).not.toBe(400);
      expect(response.body.errors?.map((error) => error.extensions?.code) ?? []).not.toContain('GRAPHQL_VALIDATION_FAILED');
    },
  );

  it('prices a page by its size: first: 100 costs about 100 times first: 1', () => {
    const query = `query($n: Int) { products(categoryId: "c", first: $n) { edges { node { id name } } } }`;

    expect(costOf(query, { n: 100 })).toBeCloseTo(costOf(query, { n: 1 }) * 100, 0);
  });

  // their parse + validate time is measured by `npm run bench` (bench/validation.ts)
  it.each(
    // both are out of the document bounds (server/documentBounds.ts), refused before validation
    HOSTILE_DOCUMENTS.map(([name, source]) => [name, source, 'GRAPHQL_VALIDATION_FAILED'] as const),
  )('refuses a hostile document within the token limit with a client error (%s)', async (_name, source, code) => {
    attacks++;
    parse(source, { maxTokens: MAX_TOKENS });

    const response = await h.gql({ query: source });

    expect(response.statusCode).toBe(400);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors!.length).toBeGreaterThan(0);
    expect(new Set(response.body.errors!.map((error) => error.extensions?.code))).toEqual(new Set([code]));
  });

  it('refuses a document one token over the limit before validating it', async () => {
    attacks++;
    const source = `{ ${Array.from({ length: MAX_TOKENS }, () => 'a').join(' ')} }`;

    const response = await h.gql({ query: source });

    expect(response.statusCode).toBe(400);
    expect(response.body.errors![0]!.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});
