import { trustedDocuments } from '../../server/trustedDocuments';
import { defaultRuntimeSettings, type RuntimeSettings, type RuntimeSettingsStore } from '../../runtime/settings/runtimeSettings';
import { rawEvent } from '../helpers/apiGatewayEvent';
import { createHarness, type GraphqlResponse, type Harness } from '../helpers/handlerHarness';
import { resolverCalls } from '../helpers/resolverCalls';

const trusted = trustedDocuments();
const [CATEGORIES_HASH, CATEGORIES_DOCUMENT] = [...trusted].find(([, document]) => document.includes('query Categories'))!;

/** Documents that probe the schema: each is refused by GraphQL's own checks when it is parsed and validated. */
const PROBES: ReadonlyArray<readonly [string, string]> = [
  ['an unknown field', '{ categories { id secretField } }'],
  ['an unknown argument', '{ categories(secretArgument: 1) { id } }'],
  ['an unknown root field', '{ adminReport { total } }'],
  ['a document that does not parse', '{ categories { id '],
  ['a valid document', '{ categories { id slug } }'],
];

describe('trusted documents in `require`, before parsing', () => {
  let h: Harness;
  let settings: RuntimeSettings;
  const store: RuntimeSettingsStore = { current: () => settings, refresh: async () => undefined };

  beforeAll(async () => {
    h = await createHarness({}, { settings: store });
  });

  beforeEach(() => {
    settings = defaultRuntimeSettings({ introspection: true, trustedDocuments: 'require' });
    resolverCalls.count = 0;
  });

  const post = (body: unknown, token?: string) =>
    h.send(
      rawEvent({
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      }),
    );
  const get = (query: string) => h.send(rawEvent({ method: 'GET', queryStringParameters: { query } }));
  const codes = (response: GraphqlResponse) => response.body.errors?.map((error) => error.extensions?.code);

  it.each(PROBES)('answers %s from a customer, anonymously and by GET with TRUSTED_DOCUMENT_REQUIRED only', async (_name, query) => {
    // Act
    const answers = [await post({ query }, h.token({ sub: 'prober' })), await post({ query }), await get(query)];

    // Assess
    for (const answer of answers) {
      expect(answer.statusCode).toBe(400);
      expect(codes(answer)).toEqual(['TRUSTED_DOCUMENT_REQUIRED']);
      expect(JSON.stringify(answer.body)).not.toMatch(/Cannot query field|Unknown argument|Syntax Error|Did you mean/);
    }
    expect(resolverCalls.count).toBe(0);
  });

  it('refuses an untrusted document sent with the hash of a trusted one as untrusted', async () => {
    // Act
    const answer = await post({
      query: '{ categories { id secretField } }',
      extensions: { persistedQuery: { version: 1, sha256Hash: CATEGORIES_HASH } },
    });

    // Assess
    expect(codes(answer)).toEqual(['TRUSTED_DOCUMENT_REQUIRED']);
  });

  it('runs a trusted document sent as text', async () => {
    // Act
    const answer = await post({ query: CATEGORIES_DOCUMENT });

    // Assess
    expect(answer.statusCode).toBe(200);
    expect(answer.body.data).toEqual(expect.objectContaining({ categories: expect.any(Array) }));
  });

  it('refuses an invalid token before anything else, as UNAUTHENTICATED', async () => {
    // Act
    const answer = await post({ query: '{ categories { id secretField } }' }, 'not-a-token');

    // Assess
    expect(answer.statusCode).toBe(401);
    expect(codes(answer)).toEqual(['UNAUTHENTICATED']);
  });

  it("gives an admin GraphQL's own answers to an untrusted document, as before", async () => {
    // Prepare
    const admin = h.token({ sub: 'ops', admin: true });

    // Act
    const unknownField = await post({ query: '{ categories { id secretField } }' }, admin);
    const valid = await post({ query: '{ categories { id slug } }' }, admin);

    // Assess
    expect(codes(unknownField)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(unknownField.body.errors?.[0]?.message).toMatch(/Cannot query field "secretField"/);
    expect(valid.statusCode).toBe(200);
    expect(valid.body.data).toEqual({ categories: expect.any(Array) });
  });

  it('keeps the mode an alias setting: in `allow` an unknown field gets GraphQL’s validation error', async () => {
    // Prepare
    settings = { ...settings, trustedDocuments: 'allow' };

    // Act
    const answer = await post({ query: '{ categories { id secretField } }' });

    // Assess
    expect(codes(answer)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });
});
