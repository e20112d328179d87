// `npm run schema:check`: compares schema/ with the last released schema and validates the
// storefront's trusted documents against it (release/schemaGate.ts); fails on a breaking change
// nobody accepted, or on a type, field, argument or enum value without a description
// (release/schemaDescriptions.ts), or on a trusted document whose worst-case cost (release/documentCost.ts)
// is over a stage's `documentCostBudget` (infra/stages.ts); prints each document's cost. `npm run schema:release` records schema/ as released, clears the accepted
// changes and adds the storefront's documents to those the function keeps trusting for tabs
// still running an earlier build: run it when a release reaches prod.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { PROJECT_ROOT as ROOT } from '../infra/projectRoot';
import { stages } from '../infra/stages';
import { SchemaGateInputError, checkSchema, mergeReleasedDocuments, parseExceptions, printReleasedSchema } from '../release/schemaGate';
import { undescribed } from '../release/schemaDescriptions';

const RELEASED = join(ROOT, 'release', 'released-schema.graphql');
const EXCEPTIONS = join(ROOT, 'release', 'schema-exceptions.json');
const DOCUMENTS = join(ROOT, 'generated', 'web', 'persisted-documents.json');
const RELEASED_DOCUMENTS = join(ROOT, 'release', 'released-documents.json');
const HEADER = '# The schema of the last release to prod, written by `npm run schema:release`. Never edit by hand.\n\n';

/** Each stage's budget for a trusted document's worst-case cost. */
const COST_BUDGETS = Object.fromEntries(Object.values(stages).map((stage) => [stage.name, stage.documentCostBudget]));

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

function currentSdl(): string {
  const dir = join(ROOT, 'schema');
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort();
  return files.map((name) => readFileSync(join(dir, name), 'utf8')).join('\n');
}

async function main(release: boolean) {
  const current = currentSdl();
  const documents = readJson<Record<string, string>>(DOCUMENTS);
  const releasedDocuments = readJson<Record<string, string>>(RELEASED_DOCUMENTS);
  if (release) {
    writeFileSync(RELEASED, HEADER + printReleasedSchema(buildSchema(current)));
    writeFileSync(EXCEPTIONS, `${JSON.stringify({ exceptions: [] }, null, 2)}\n`);
    const merged = mergeReleasedDocuments(releasedDocuments, documents);
    writeFileSync(RELEASED_DOCUMENTS, `${JSON.stringify(merged, null, 2)}\n`);
    console.log(
      'Recorded schema/ as the released schema (release/released-schema.graphql), cleared the accepted breaking changes, and added ' +
        `the storefront's documents to release/released-documents.json (${Object.keys(merged).length} trusted for earlier builds). Commit the three files.`,
    );
    return;
  }
  const result = await checkSchema({
    released: readFileSync(RELEASED, 'utf8'),
    current,
    exceptions: parseExceptions(readFileSync(EXCEPTIONS, 'utf8')),
    documents,
    releasedDocuments,
    costBudgets: COST_BUDGETS,
  });
  const list = (title: string, lines: readonly string[]) => {
    if (lines.length) console.log(`${title}:\n${lines.map((line) => `  - ${line}`).join('\n')}`);
  };
  list(
    'Accepted breaking changes',
    result.accepted.map(({ message, reason }) => `${message}: ${reason}`),
  );
  list('Dangerous changes (review them)', result.dangerous);
  list('Deprecated fields still used', result.deprecatedUse);
  list(
    'Documents of earlier storefront releases that no longer run (remove them from release/released-documents.json once no tab runs those builds)',
    result.staleReleased,
  );
  const budgets = Object.entries(COST_BUDGETS)
    .map(([stage, budget]) => `${stage} ${budget}`)
    .join(', ');
  list(
    `Worst-case cost of each trusted document (budgets: ${budgets})`,
    result.costs.map(({ name, cost }) => `${name}: ${cost}`),
  );
  const missing = undescribed(buildSchema(current));
  list('Without a description (say what null means, the unit, who may call it and which codes it returns)', missing);
  if (result.problems.length || missing.length) {
    list('Schema check failed', [...result.problems, ...(missing.length ? [`${missing.length} schema elements have no description`] : [])]);
    process.exit(1);
  }
  console.log(
    `Schema is compatible with the last release (${result.safe.length} safe, ${result.dangerous.length} dangerous, ${result.accepted.length} accepted breaking changes; ${Object.keys(documents).length} trusted documents valid).`,
  );
}

main(process.argv.includes('--release')).catch((error: unknown) => {
  console.error(error instanceof SchemaGateInputError ? `Schema check failed: ${error.message}` : error);
  process.exit(1);
});
