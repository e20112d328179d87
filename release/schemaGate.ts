import { CriticalityLevel, diff, validate, type Change } from '@graphql-inspector/core';
import { Source, buildSchema, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { documentCost } from './documentCost';
import { operationName } from './operationName';

/** A breaking change someone reviewed and accepted: `change` is `<TYPE> <path>`, as the check prints it. */
export interface SchemaException {
  readonly change: string;
  readonly reason: string;
}

export interface SchemaGateInput {
  /** The SDL of the last release (release/released-schema.graphql). */
  readonly released: string;
  /** The SDL of schema/ now. */
  readonly current: string;
  readonly exceptions: readonly SchemaException[];
  /** The web client's trusted documents: hash → document. */
  readonly documents: Readonly<Record<string, string>>;
  /** The web client's documents of earlier releases, still trusted for tabs that run those builds. */
  readonly releasedDocuments?: Readonly<Record<string, string>>;
  /** The most a trusted document may cost in the worst case (release/documentCost.ts), by stage (`documentCostBudget`). */
  readonly costBudgets?: Readonly<Record<string, number>>;
}

/** A trusted document's worst-case cost (release/documentCost.ts). */
export interface DocumentCostLine {
  readonly name: string;
  readonly cost: number;
}

export interface SchemaGateResult {
  /** Breaking changes listed in the exceptions, with their reasons. */
  readonly accepted: ReadonlyArray<{ readonly change: string; readonly message: string; readonly reason: string }>;
  /** Changes that may change what existing clients see (a new enum value, a new default): printed, never failing. */
  readonly dangerous: readonly string[];
  readonly safe: readonly string[];
  /** Trusted documents that use a deprecated field: printed, never failing. */
  readonly deprecatedUse: readonly string[];
  /**
   * Documents of earlier storefront releases the schema no longer runs: tabs still running those
   * builds get errors for them. Printed, never failing (the breaking change itself is gated).
   */
  readonly staleReleased: readonly string[];
  /** The worst-case cost of every document the schema still runs (the storefront's, then earlier releases' it does not have), most costly first. */
  readonly costs: readonly DocumentCostLine[];
  /** Why the check fails; empty when it passes. */
  readonly problems: readonly string[];
}

const MIN_REASON_LENGTH = 20;
const CHANGE_NAME = /^[A-Z][A-Z_]+ \S+$/;

/** A release file that cannot be read as what it should be: the message says which file and how to fix it. */
export class SchemaGateInputError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SchemaGateInputError';
  }
}

/** Reads the exceptions file (`{ "exceptions": [{ "change", "reason" }] }`), failing with a clear message. */
export function parseExceptions(text: string, file = 'release/schema-exceptions.json'): SchemaException[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new SchemaGateInputError(`${file} is not valid JSON (${(error as Error).message}).`, { cause: error });
  }
  const list = (parsed as { exceptions?: unknown } | null)?.exceptions;
  if (!Array.isArray(list)) throw new SchemaGateInputError(`${file} must be an object with an "exceptions" array, [] when nothing is accepted.`);
  const seen = new Set<string>();
  return list.map((entry: unknown, index) => {
    const { change, reason } = (entry ?? {}) as { change?: unknown; reason?: unknown };
    if (typeof change !== 'string' || !CHANGE_NAME.test(change)) {
      throw new SchemaGateInputError(
        `${file}: exceptions[${index}].change must name a change as the check prints it, "<TYPE> <path>" (for example "FIELD_REMOVED Product.legacyCode").`,
      );
    }
    if (typeof reason !== 'string') throw new SchemaGateInputError(`${file}: exceptions[${index}] (${change}) needs a "reason" string.`);
    if (seen.has(change)) throw new SchemaGateInputError(`${file}: ${change} is listed twice.`);
    seen.add(change);
    return { change, reason };
  });
}

function schemaOf(sdl: string, what: string): GraphQLSchema {
  try {
    return buildSchema(sdl);
  } catch (error) {
    throw new SchemaGateInputError(`${what} is not a valid GraphQL schema: ${(error as Error).message}`, { cause: error });
  }
}

/** How a change is named in the exceptions file. */
export const changeKey = (change: Pick<Change, 'type' | 'path'>) => `${change.type} ${change.path ?? '(schema)'}`;

/**
 * The storefront documents trusted for earlier builds after a release: every one kept, the
 * release's own added, sorted by hash (so the file's diff shows only what a release added).
 */
export function mergeReleasedDocuments(
  released: Readonly<Record<string, string>>,
  current: Readonly<Record<string, string>>,
): Record<string, string> {
  return Object.fromEntries(Object.entries({ ...released, ...current }).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The SDL as the release file keeps it: one merged schema, types and fields sorted, so diffs stay small. */
export const printReleasedSchema = (schema: GraphQLSchema) => printSchema(lexicographicSortSchema(schema));

/** The name of a document's first operation, for messages. */

/**
 * Compares the schema with the last released one (GraphQL Inspector's diff) and validates the
 * trusted documents against it. Fails on a breaking change nobody accepted, on removing a field
 * that was not deprecated in the last release (deprecate first, remove in a later release), on an
 * accepted change that no longer happens or has no reason, and on a trusted document the schema
 * no longer runs.
 */
export async function checkSchema({
  released,
  current,
  exceptions,
  documents,
  releasedDocuments = {},
  costBudgets = {},
}: SchemaGateInput): Promise<SchemaGateResult> {
  const next = schemaOf(current, 'schema/');
  const changes = await diff(
    schemaOf(released, 'release/released-schema.graphql (restore it from git, or run `npm run schema:release` on the commit that is in prod)'),
    next,
  );
  const problems: string[] = [];
  const accepted: Array<{ change: string; message: string; reason: string }> = [];
  const byKey = new Map(exceptions.map((exception) => [exception.change, exception]));
  const used = new Set<string>();

  for (const exception of exceptions) {
    if ((exception.reason ?? '').trim().length < MIN_REASON_LENGTH) {
      problems.push(`The exception for ${exception.change} needs a reason a reviewer can judge (at least ${MIN_REASON_LENGTH} characters).`);
    }
  }
  for (const change of changes.filter((candidate) => candidate.criticality.level === CriticalityLevel.Breaking)) {
    const key = changeKey(change);
    const exception = byKey.get(key);
    if (change.type === 'FIELD_REMOVED' && !change.meta.isRemovedFieldDeprecated) {
      problems.push(
        `${change.message} (${key}) without being deprecated in the last release: mark it @deprecated(reason: "...") and release that first; remove it in a later release.`,
      );
      if (exception) used.add(key);
      continue;
    }
    if (!exception) {
      problems.push(
        `Breaking: ${change.message} (${key}). Clients that use it break; if that is intended, list "${key}" in release/schema-exceptions.json with a reason.`,
      );
      continue;
    }
    used.add(key);
    accepted.push({ change: key, message: change.message, reason: exception.reason });
  }
  for (const exception of exceptions) {
    if (!used.has(exception.change)) problems.push(`The exception for ${exception.change} matches no breaking change any more: remove it.`);
  }

  const deprecatedUse: string[] = [];
  const sources = Object.values(documents).map((document) => new Source(document, operationName(document)));
  const broken = new Set<Source>();
  // each trusted document is sent on its own, with the fragments it spreads: validate it alone
  const validateEach = (each: Source[], options: Parameters<typeof validate>[2]) => each.flatMap((source) => validate(next, [source], options));
  for (const invalid of validateEach(sources, { strictDeprecated: true, strictFragments: true })) {
    if (invalid.errors.length) broken.add(invalid.source);
    for (const error of invalid.errors) problems.push(`The storefront's ${invalid.source.name} no longer runs: ${error.message}`);
    for (const warning of invalid.deprecated)
      deprecatedUse.push(`The storefront's ${invalid.source.name} uses a deprecated field: ${warning.message}`);
  }

  const earlier = Object.entries(releasedDocuments)
    .filter(([hash]) => !(hash in documents))
    .map(([, document]) => new Source(document, operationName(document)));
  const staleInvalid = validateEach(earlier, { strictFragments: true }).filter((invalid) => invalid.errors.length);
  for (const invalid of staleInvalid) broken.add(invalid.source);
  const staleReleased = staleInvalid.flatMap((invalid) =>
    invalid.errors.map((error) => `An earlier storefront release's ${invalid.source.name} no longer runs: ${error.message}`),
  );

  const costs = [...sources, ...earlier]
    .filter((source) => !broken.has(source))
    .map((source) => ({ name: source.name, cost: documentCost(next, source.body) }))
    .sort((a, b) => b.cost - a.cost);
  problems.push(...overBudget(costs, costBudgets));

  const describe = (change: Change) => `${change.message} (${changeKey(change)})`;
  return {
    accepted,
    dangerous: changes.filter((change) => change.criticality.level === CriticalityLevel.Dangerous).map(describe),
    safe: changes.filter((change) => change.criticality.level === CriticalityLevel.NonBreaking).map(describe),
    deprecatedUse,
    staleReleased,
    costs,
    problems,
  };
}

/** A problem for each document that costs more than a stage's budget, naming the document, its cost, the stage and the budget. */
export function overBudget(costs: readonly DocumentCostLine[], budgets: Readonly<Record<string, number>>): string[] {
  return costs.flatMap(({ name, cost }) =>
    Object.entries(budgets)
      .filter(([, budget]) => cost > budget)
      .map(
        ([stage, budget]) =>
          `The storefront's ${name} may cost ${cost} in the worst case, over ${stage}'s budget of ${budget} (documentCostBudget in infra/stages.ts): ask for smaller pages or fewer nested lists, or raise the budget.`,
      ),
  );
}
