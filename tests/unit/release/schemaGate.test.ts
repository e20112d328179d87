import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { PROJECT_ROOT } from '../../../infra/projectRoot';
import {
  SchemaGateInputError,
  checkSchema,
  mergeReleasedDocuments,
  parseExceptions,
  printReleasedSchema,
  type SchemaException,
} from '../../../release/schemaGate';

const RELEASED = `
  type Query {
    product(id: ID!): Product
    products(first: Int = 20): [Product!]!
  }
  type Product {
    id: ID!
    name: String!
    legacyCode: String @deprecated(reason: "Use sku.")
    sku: String!
    status: ProductStatus!
  }
  enum ProductStatus { ACTIVE ARCHIVED }
`;
const PRODUCT_PAGE = 'query ProductPage($id: ID!) { product(id: $id) { id name sku } }';

/** The released schema with one edit applied. */
const edited = (from: string, to: string) => {
  if (!RELEASED.includes(from)) throw new Error(`fixture has no ${from}`);
  return RELEASED.replace(from, to);
};

const check = (current: string, exceptions: SchemaException[] = [], documents: Record<string, string> = { a: PRODUCT_PAGE }) =>
  checkSchema({ released: RELEASED, current, exceptions, documents });

describe('checkSchema', () => {
  it('passes an additive change and lists it as safe', async () => {
    const result = await check(edited('sku: String!', 'sku: String!\n    description: String'));

    expect(result.problems).toEqual([]);
    expect(result.safe).toEqual([expect.stringContaining("Field 'description' was added to object type 'Product'")]);
  });

  it('fails a breaking change nobody accepted, naming it as the exceptions file does', async () => {
    const result = await check(edited('products(first: Int = 20)', 'products(first: Int!)'));

    expect(result.problems).toEqual([
      expect.stringMatching(/^Breaking: .*\(FIELD_ARGUMENT_TYPE_CHANGED Query\.products\.first\)\. Clients that use it break/),
    ]);
  });

  it('passes a breaking change listed with a reason, and shows the reason', async () => {
    const reason = 'No client sends products without first; agreed with the mobile team.';
    const result = await check(edited('products(first: Int = 20)', 'products(first: Int!)'), [
      { change: 'FIELD_ARGUMENT_TYPE_CHANGED Query.products.first', reason },
    ]);

    expect(result.problems).toEqual([]);
    expect(result.accepted).toEqual([{ change: 'FIELD_ARGUMENT_TYPE_CHANGED Query.products.first', message: expect.any(String), reason }]);
  });

  it('fails an exception without a real reason', async () => {
    const result = await check(edited('products(first: Int = 20)', 'products(first: Int!)'), [
      { change: 'FIELD_ARGUMENT_TYPE_CHANGED Query.products.first', reason: 'ok' },
    ]);

    expect(result.problems).toEqual([expect.stringContaining('needs a reason a reviewer can judge')]);
  });

  it('fails an exception that matches no change any more', async () => {
    const result = await check(RELEASED, [
      { change: 'FIELD_REMOVED Product.legacyCode', reason: 'Deprecated for two releases; no client reads it.' },
    ]);

    expect(result.problems).toEqual(['The exception for FIELD_REMOVED Product.legacyCode matches no breaking change any more: remove it.']);
  });

  it('refuses to remove a field that the last release did not deprecate, even when listed', async () => {
    const result = await check(
      edited('    name: String!\n', ''),
      [{ change: 'FIELD_REMOVED Product.name', reason: 'Renamed to title; clients are told to switch.' }],
      {},
    );

    expect(result.problems).toEqual([
      expect.stringMatching(/^Field 'name' was removed .*without being deprecated in the last release: mark it @deprecated/),
    ]);
  });

  it('removes a field deprecated in the last release once the removal is listed', async () => {
    const removed = edited('    legacyCode: String @deprecated(reason: "Use sku.")\n', '');

    const unlisted = await check(removed);
    const listed = await check(removed, [
      { change: 'FIELD_REMOVED Product.legacyCode', reason: 'Deprecated since 2026-09; no trusted document reads it.' },
    ]);

    expect(unlisted.problems).toEqual([expect.stringMatching(/^Breaking: Field 'legacyCode' \(deprecated\) was removed/)]);
    expect(listed.problems).toEqual([]);
  });

  it('prints a dangerous change (a new enum value) without failing', async () => {
    const result = await check(edited('ACTIVE ARCHIVED', 'ACTIVE ARCHIVED DRAFT'));

    expect(result.problems).toEqual([]);
    expect(result.dangerous).toEqual([expect.stringContaining("Enum value 'DRAFT' was added to enum 'ProductStatus'")]);
  });

  it('fails when a trusted document no longer runs, even if the change itself was accepted', async () => {
    const withoutSku = edited('    sku: String!\n', '    sku: String @deprecated(reason: "Use code.")\n    code: String\n');
    const documents = { a: PRODUCT_PAGE, b: 'query Legacy { product(id: "1") { legacyCode } }' };

    const deprecated = await check(
      withoutSku,
      [{ change: 'FIELD_TYPE_CHANGED Product.sku', reason: 'Products imported without a SKU have none.' }],
      documents,
    );
    const removed = await check(edited('    sku: String!\n', ''), [], documents);

    expect(deprecated.problems).toEqual([]);
    expect(deprecated.deprecatedUse).toEqual([
      expect.stringMatching(/^The storefront's ProductPage uses a deprecated field: .*sku/),
      expect.stringMatching(/^The storefront's Legacy uses a deprecated field: .*legacyCode/),
    ]);
    expect(removed.problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/^The storefront's ProductPage no longer runs: Cannot query field "sku" on type "Product"/)]),
    );
  });
});

describe('the cost budget', () => {
  // product 1 + 20 products × 1
  const SHELF = 'query Shelf { product(id: "p") { id } products(first: 20) { id } }';
  const checkCost = (costBudgets: Record<string, number>, releasedDocuments: Record<string, string> = {}) =>
    checkSchema({ released: RELEASED, current: RELEASED, exceptions: [], documents: { a: PRODUCT_PAGE, b: SHELF }, releasedDocuments, costBudgets });

  it('lists the worst-case cost of each document, most costly first, and passes within every budget', async () => {
    const result = await checkCost({ dev: 100, prod: 21 });

    expect(result.costs).toEqual([
      { name: 'Shelf', cost: 21 },
      { name: 'ProductPage', cost: 1 },
    ]);
    expect(result.problems).toEqual([]);
  });

  it("fails a document over a stage's budget, naming the document, its cost, the stage and the budget", async () => {
    const result = await checkCost({ dev: 100, prod: 20 });

    expect(result.problems).toEqual([
      "The storefront's Shelf may cost 21 in the worst case, over prod's budget of 20 (documentCostBudget in infra/stages.ts): ask for smaller pages or fewer nested lists, or raise the budget.",
    ]);
  });

  it("holds an earlier release's documents to the budget too", async () => {
    const result = await checkCost({ prod: 50 }, { old: 'query Wide { products(first: 60) { id } }' });

    expect(result.costs).toContainEqual({ name: 'Wide', cost: 60 });
    expect(result.problems).toEqual([expect.stringMatching(/^The storefront's Wide may cost 60 in the worst case, over prod's budget of 50/)]);
  });
});

describe('documents of earlier storefront releases', () => {
  it('are kept at each release, with the release’s own added, sorted by hash', () => {
    const merged = mergeReleasedDocuments({ 'sha256:c': 'C', 'sha256:a': 'A' }, { 'sha256:b': 'B', 'sha256:a': 'A' });

    expect(Object.entries(merged)).toEqual([
      ['sha256:a', 'A'],
      ['sha256:b', 'B'],
      ['sha256:c', 'C'],
    ]);
  });

  it('in the repository are sorted as a release writes them', () => {
    const file = readFileSync(join(PROJECT_ROOT, 'release', 'released-documents.json'), 'utf8');
    const released = JSON.parse(file) as Record<string, string>;

    expect(file).toBe(`${JSON.stringify(mergeReleasedDocuments(released, {}), null, 2)}\n`);
  });

  it('prints an earlier release’s document the schema no longer runs, without failing; the current ones are checked as before', async () => {
    const older = 'query OldProductPage($id: ID!) { product(id: $id) { id legacyCode } }';
    const current = edited('    legacyCode: String @deprecated(reason: "Use sku.")\n', '');

    const result = await checkSchema({
      released: RELEASED,
      current,
      exceptions: [{ change: 'FIELD_REMOVED Product.legacyCode', reason: 'Deprecated for a release; nothing reads it now.' }],
      documents: { a: PRODUCT_PAGE },
      releasedDocuments: { a: PRODUCT_PAGE, old: older },
    });

    expect(result.problems).toEqual([]);
    expect(result.staleReleased).toEqual([
      expect.stringMatching(/^An earlier storefront release's OldProductPage no longer runs: Cannot query field "legacyCode"/),
    ]);
  });
});

describe('malformed release files', () => {
  it('names a released schema that does not parse, and how to restore it', async () => {
    const failure = checkSchema({ released: 'type Query {', current: RELEASED, exceptions: [], documents: {} });

    await expect(failure).rejects.toThrow(SchemaGateInputError);
    await expect(failure).rejects.toThrow(/^release\/released-schema\.graphql \(restore it from git.*\) is not a valid GraphQL schema: Syntax Error/);
  });

  it.each([
    ['{ "exceptions": [', /is not valid JSON/],
    ['[]', /must be an object with an "exceptions" array/],
    ['{ "exceptions": [{ "reason": "Agreed with every client team." }] }', /exceptions\[0\]\.change must name a change as the check prints it/],
    ['{ "exceptions": [{ "change": "removed the name field", "reason": "Agreed with every client team." }] }', /exceptions\[0\]\.change must name/],
    ['{ "exceptions": [{ "change": "FIELD_REMOVED Product.name" }] }', /exceptions\[0\] \(FIELD_REMOVED Product\.name\) needs a "reason" string/],
    [
      '{ "exceptions": [{ "change": "FIELD_REMOVED Product.name", "reason": "a" }, { "change": "FIELD_REMOVED Product.name", "reason": "b" }] }',
      /FIELD_REMOVED Product\.name is listed twice/,
    ],
  ])('refuses the exceptions file %s with a clear message', (text, message) => {
    expect(() => parseExceptions(text)).toThrow(message);
    expect(() => parseExceptions(text)).toThrow(SchemaGateInputError);
  });

  it('reads a well-formed exceptions file', () => {
    expect(parseExceptions('{ "exceptions": [{ "change": "FIELD_REMOVED Product.legacyCode", "reason": "Deprecated for two releases." }] }')).toEqual(
      [{ change: 'FIELD_REMOVED Product.legacyCode', reason: 'Deprecated for two releases.' }],
    );
  });
});

// `npm run schema:check` on this repository is a step of `npm test` (tests/unit/workflows.test.ts
// holds CI to it); tests/e2e/schemaRelease.test.ts runs it on a released copy.
describe('the project’s schema gate', () => {
  it('keeps the released schema as one sorted schema the check reads back unchanged', () => {
    const released = readFileSync(join(PROJECT_ROOT, 'release', 'released-schema.graphql'), 'utf8');

    expect(released.startsWith('# The schema of the last release to prod')).toBe(true);
    expect(released.endsWith(printReleasedSchema(buildSchema(released)))).toBe(true);
  });
});
