/**
 * Parse + validate time of the documents clients send, as the function treats a document it has
 * not seen: parsed, checked against the document bounds (server/documentBounds.ts), and validated
 * only if it is within them. Every trusted document of the storefront, and the hostile documents
 * the token limit still lets through (graphql-js's overlapping-fields check is quadratic in
 * repeated fields, which the bounds refuse before validation; see docs/security.md).
 */
import { buildSchema, parse, validate, type GraphQLSchema } from 'graphql';
import storefront from '../generated/web/persisted-documents.json';
import { typeDefs } from '../generated/typeDefs';
import { operationName } from '../release/operationName';
import { MAX_TOKENS } from '../server/createServer';
import { documentBoundsViolation } from '../server/documentBounds';
import { percentile, round } from './lib/stats';

export const HOSTILE_DOCUMENTS: ReadonlyArray<readonly [string, string]> = [
  ['250 small operations in one document', Array.from({ length: 250 }, (_, i) => `query Q${i} { categories { id } }`).join('\n')],
  ['one field repeated 499 times', `{ ${Array.from({ length: 499 }, () => 'categories { id }').join(' ')} }`],
];

export interface ValidationRow {
  readonly kind: 'trusted' | 'hostile';
  readonly document: string;
  readonly p50Ms: number;
  readonly p95Ms: number;
}

/** Parse (with the token limit) + bounds + validate (if within bounds) of `source`, `runs` times after 5 warm-up runs (ms each). */
function timings(schema: GraphQLSchema, source: string, runs: number): number[] {
  const run = () => {
    const document = parse(source, { maxTokens: MAX_TOKENS });
    if (!documentBoundsViolation(document)) validate(schema, document);
  };
  for (let warm = 0; warm < 5; warm++) run();
  return Array.from({ length: runs }, () => {
    const started = performance.now();
    run();
    return performance.now() - started;
  });
}

export function measureValidation(runs = 40): { rows: ValidationRow[] } {
  const schema = buildSchema(typeDefs);
  const documents = [
    ...Object.values(storefront as Record<string, string>).map((source) => ({ kind: 'trusted' as const, document: operationName(source), source })),
    ...HOSTILE_DOCUMENTS.map(([document, source]) => ({ kind: 'hostile' as const, document, source })),
  ];
  const rows = documents.map(({ kind, document, source }) => {
    const samples = timings(schema, source, runs);
    return { kind, document, p50Ms: round(percentile(samples, 50), 2), p95Ms: round(percentile(samples, 95), 2) };
  });
  return { rows };
}

export function renderValidation({ rows }: { rows: ValidationRow[] }): string[] {
  const trusted = rows.filter((row) => row.kind === 'trusted');
  const worst = trusted.reduce((slowest, row) => (row.p95Ms > slowest.p95Ms ? row : slowest), trusted[0]!);
  return [
    '',
    `7. Parse + bounds + validate (ms, in this process, ${MAX_TOKENS}-token limit): worst of ${trusted.length} trusted documents ${worst.p95Ms} p95 (${worst.document}; target < 50)`,
    ...rows
      .filter((row) => row.kind === 'hostile')
      .map(
        (row) =>
          `   hostile, ${row.document}: p50 ${row.p50Ms}, p95 ${row.p95Ms} (target ≤ ${round(2 * worst.p95Ms, 2)}, twice the worst trusted p95)`,
      ),
  ];
}
