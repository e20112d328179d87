import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import storefront from '../generated/web/persisted-documents.json';
import { apiGatewayEvent } from '../core/apiGatewayEvent';

/** Sends one API Gateway REST event to the version under test and returns its answer. */
export type InvokeVersion = (event: APIGatewayProxyEvent) => Promise<APIGatewayProxyResult>;

export interface SmokeCheckResult {
  readonly name: string;
  readonly ok: boolean;
  readonly detail: string;
}

export interface SmokeExpectations {
  /** The stage's introspection setting: refused when false (prod). */
  readonly introspection: boolean;
  /** The API stage name the events carry. */
  readonly stage: string;
}

/** The storefront's own `Categories` document: it runs in every trusted-documents mode, `require` included. */
const CATEGORIES = Object.values(storefront as Record<string, string>).find((document) => /^query Categories\b/.test(document.trim()));

const post = (stage: string, body: string) =>
  apiGatewayEvent({ method: 'POST', path: '/graphql', stage, headers: [['Content-Type', 'application/json']], body });

interface Answer {
  readonly status: number;
  readonly body: { data?: Record<string, unknown> | null; errors?: Array<{ extensions?: { code?: string } }> } | undefined;
}

async function ask(invoke: InvokeVersion, event: APIGatewayProxyEvent): Promise<Answer> {
  const result = await invoke(event);
  let body: Answer['body'];
  try {
    body = result.body ? JSON.parse(result.body) : undefined;
  } catch {
    body = undefined;
  }
  return { status: result.statusCode, body };
}

const codes = (answer: Answer) => (answer.body?.errors ?? []).map((error) => error.extensions?.code ?? '(none)').join(', ') || 'none';

/**
 * What a new version must answer before it takes traffic: a catalog read from DynamoDB, the
 * stage's introspection rule, and a 400 for a malformed request. Each check fails on any other
 * answer, and on any error reaching the version: nothing passes by default.
 */
export async function runSmokeChecks(invoke: InvokeVersion, { introspection, stage }: SmokeExpectations): Promise<SmokeCheckResult[]> {
  const checks: Array<[string, () => Promise<string | undefined>]> = [
    [
      'catalog query',
      async () => {
        if (!CATEGORIES) return 'the storefront manifest has no Categories document';
        const answer = await ask(invoke, post(stage, JSON.stringify({ query: CATEGORIES, operationName: 'Categories' })));
        const categories = answer.body?.data?.categories;
        if (answer.status !== 200 || !Array.isArray(categories) || answer.body?.errors) {
          return `expected 200 with a list of categories, got ${answer.status} (errors: ${codes(answer)})`;
        }
        return undefined;
      },
    ],
    [
      introspection ? 'introspection answered' : 'introspection refused',
      async () => {
        const answer = await ask(invoke, post(stage, JSON.stringify({ query: '{ __schema { queryType { name } } }' })));
        const schema = (answer.body?.data as { __schema?: { queryType?: { name?: string } } } | null | undefined)?.__schema;
        if (introspection)
          return answer.status === 200 && schema?.queryType?.name === 'Query'
            ? undefined
            : `expected the schema, got ${answer.status} (errors: ${codes(answer)})`;
        return answer.status === 400 && !schema && answer.body?.errors?.length
          ? undefined
          : `expected a 400 without the schema, got ${answer.status} (errors: ${codes(answer)})`;
      },
    ],
    [
      'malformed request',
      async () => {
        const answer = await ask(invoke, post(stage, '{"query": '));
        return answer.status === 400 && codes(answer) === 'BAD_REQUEST'
          ? undefined
          : `expected 400 BAD_REQUEST, got ${answer.status} (errors: ${codes(answer)})`;
      },
    ],
  ];
  const results: SmokeCheckResult[] = [];
  for (const [name, check] of checks) {
    try {
      const problem = await check();
      results.push({ name, ok: problem === undefined, detail: problem ?? 'as expected' });
    } catch (error) {
      results.push({ name, ok: false, detail: `could not reach the version: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  return results;
}
