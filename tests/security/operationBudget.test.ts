import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { buildSchema, getOperationAST, parse, validate, type ValidationRule } from 'graphql';
import { typeDefs } from '../../generated/typeDefs';
import { MAX_TOKENS } from '../../server/createServer';
import { resolvePageSizes } from '../../server/plugins/pageSizes';
import { defaultQueryLimits } from '../../server/settings/runtimeSettings';
import { createHarness, type Harness } from '../helpers/handlerHarness';
import { recordSuiteCounts } from '../helpers/suiteSummary';
import { operationCorpus } from './operationCorpus';

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

function p95(run: () => void, runs = 40): number {
  for (let warm = 0; warm < 5; warm++) run();
  const timings: number[] = [];
  for (let index = 0; index < runs; index++) {
    const started = performance.now();
    run();
    timings.push(performance.now() - started);
  }
  return timings.sort((a, b) => a - b)[Math.floor(runs * 0.95)]!;
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

  it('parses and validates every known operation in well under 50 ms (p95)', () => {
    const worst = Math.max(...operationCorpus.map(({ query }) => p95(() => validate(schema, parse(query, { maxTokens: MAX_TOKENS })))));

    console.log(`parse + validate, known operations: worst p95 ${worst.toFixed(2)} ms`);
    expect(worst).toBeLessThan(50);
  });

  it.each([
    ['250 small operations in one document', Array.from({ length: 250 }, (_, i) => `query Q${i} { categories { id } }`).join('\n')],
    ['one field repeated 499 times', `{ ${Array.from({ length: 499 }, () => 'categories { id }').join(' ')} }`],
  ])('bounds parse + validate of a hostile document within the token limit (%s)', (_name, source) => {
    attacks++;
    parse(source, { maxTokens: MAX_TOKENS });

    const time = p95(() => validate(schema, parse(source, { maxTokens: MAX_TOKENS })), 20);

    // graphql-js's overlapping-fields check is quadratic in repeated fields: see the README, Security and limits
    console.log(`parse + validate, ${_name} (at most ${MAX_TOKENS} tokens): p95 ${time.toFixed(1)} ms`);
    expect(time).toBeLessThan(1_000);
  });
});
