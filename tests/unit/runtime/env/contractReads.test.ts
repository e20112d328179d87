import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { API_VARIABLES } from '../../../../runtime/env/apiEnvironment';
import { MEDIA_VARIABLES } from '../../../../runtime/env/mediaEnvironment';
import { NOTIFIER_VARIABLES } from '../../../../runtime/env/notifierEnvironment';
import { PAYMENT_VARIABLES } from '../../../../runtime/env/paymentEnvironment';
import { PRE_TRAFFIC_HOOK_VARIABLES } from '../../../../runtime/env/preTrafficHookEnvironment';
import { WEBHOOK_VARIABLES } from '../../../../runtime/env/webhookEnvironment';

const ROOT = join(__dirname, '..', '..', '..', '..');

/** Where the contracts live: the only files that read their variables. */
const CONTRACTS = 'runtime/env/';

/** Folders and files that hold no code of the project's own, or are not deployed code (tests read what they check). */
const SKIPPED = new Set(['node_modules', 'docs', 'schema', 'generated', 'cdk.out', 'coverage', 'dist', 'tests', '.data', '.cache', 'results']);

/** Every variable of a contract. */
const CONTRACT_VARIABLES = [
  ...new Set([
    ...Object.values(API_VARIABLES),
    ...Object.values(NOTIFIER_VARIABLES),
    ...Object.values(PRE_TRAFFIC_HOOK_VARIABLES),
    ...Object.values(WEBHOOK_VARIABLES),
    ...Object.values(PAYMENT_VARIABLES),
    ...Object.values(MEDIA_VARIABLES),
  ]),
];

/** Reads of a contract variable outside the contracts, and why each stays. */
const EXCEPTIONS: Readonly<Record<string, { readonly variables: readonly string[]; readonly why: string }>> = {
  'local/start.ts': {
    variables: ['DYNAMODB_ENDPOINT'],
    why: "npm start's own option (a DynamoDB Local the developer runs), which the stack passes on to the function through the contract's writer",
  },
  'scripts/settings.ts': { variables: ['AWS_REGION'], why: "the operator's region for the AWS SDK, as the AWS CLI reads it" },
  'scripts/job.ts': { variables: ['AWS_REGION'], why: "the operator's region for the AWS SDK, as the AWS CLI reads it" },
  'scripts/migrate.ts': { variables: ['AWS_REGION'], why: "the operator's region for the AWS SDK, as the AWS CLI reads it" },
  'bench/baselines/naive.ts': {
    variables: ['AWS_REGION', 'DYNAMODB_ENDPOINT', 'TABLE_NAME'],
    why: 'the straightforward handler the bench compares against, written as such handlers are',
  },
  'infra/bundle/codeCache/loader.cjs': {
    variables: ['POWERTOOLS_SERVICE_NAME', 'STAGE'],
    why: "the code-cache asset's loader: plain CommonJS that runs before the bundle, for its one warning line",
  },
  'infra/bundle/codeCache/recordCodeCache.cjs': {
    variables: ['CORS_ORIGINS'],
    why: 'the recorder sends its requests from the origin the code-cache environment (CODE_CACHE_ENV, written by the contract) allows',
  },
};

/** The contract variables a text reads from an environment: `process.env.X`, `env.X`, `env['X']`, `const { X } = process.env`. */
function readsIn(text: string): string[] {
  const names = [
    ...[...text.matchAll(/\benv\??\.([A-Z_][A-Z0-9_]*)\b/g)].map((match) => match[1]!),
    ...[...text.matchAll(/\benv\??\.?\[\s*['"`]([A-Z_][A-Z0-9_]*)['"`]\s*\]/g)].map((match) => match[1]!),
    ...[...text.matchAll(/\{([^{}]*)\}\s*=\s*process\.env\b/g)].flatMap((match) => match[1]!.split(',').map((part) => part.split(':')[0]!.trim())),
  ];
  return [...new Set(names.filter((name) => (CONTRACT_VARIABLES as readonly string[]).includes(name)))].sort();
}

/** Every source file of the code folders (TypeScript and JavaScript), as a path from the project root. */
function codeFiles(dir = ROOT): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name.startsWith('.') || SKIPPED.has(name) ? [] : codeFiles(path);
    return dir !== ROOT && /\.(ts|tsx|mts|js|cjs|mjs)$/.test(name) ? [relative(ROOT, path)] : [];
  });
}

describe('the environment contracts', () => {
  const reads = codeFiles()
    .filter((file) => !file.startsWith(CONTRACTS))
    .map((file) => ({ file, variables: readsIn(readFileSync(join(ROOT, file), 'utf8')) }))
    .filter(({ variables }) => variables.length > 0);

  it('are the only readers of their variables, but for the exceptions named here', () => {
    const unexpected = reads
      .map(({ file, variables }) => ({ file, variables: variables.filter((name) => !EXCEPTIONS[file]?.variables.includes(name)) }))
      .filter(({ variables }) => variables.length > 0)
      .map(({ file, variables }) => `${file} reads ${variables.join(', ')}`);

    expect(unexpected).toEqual([]);
  });

  it('name only exceptions that still read what they say', () => {
    const found = Object.fromEntries(reads.map(({ file, variables }) => [file, variables]));

    for (const [file, { variables }] of Object.entries(EXCEPTIONS))
      expect({ file, variables: found[file] ?? [] }).toEqual({ file, variables: [...variables].sort() });
  });

  it('would see a read, however it is written (the check can fail)', () => {
    const text =
      "const a = process.env.TABLE_NAME; const b = env?.STAGE; const c = process.env['CORS_ORIGINS']; const { AWS_REGION: region, HOME } = process.env;";

    expect(readsIn(text)).toEqual(['AWS_REGION', 'CORS_ORIGINS', 'STAGE', 'TABLE_NAME']);
    expect(codeFiles()).toEqual(
      expect.arrayContaining(['server/lambda.ts', 'notifier/lambda.ts', 'release/lambda.ts', 'runtime/env/apiEnvironment.ts']),
    );
  });
});
