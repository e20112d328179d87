import { createHash } from 'node:crypto';
import { buildSchema, parse, validate } from 'graphql';
import storefront from '../../generated/web/persisted-documents.json';
import released from '../../release/released-documents.json';
import { typeDefs } from '../../generated/typeDefs';
import { defaultRuntimeSettings, type RuntimeSettings, type RuntimeSettingsStore } from '../../runtime/settings/runtimeSettings';
import { trustedDocuments } from '../../server/trustedDocuments';
import { rawEvent } from '../helpers/apiGatewayEvent';
import { codeOf } from '../helpers/codeOf';
import { createHarness, type Harness } from '../helpers/handlerHarness';
import { resolverCalls } from '../helpers/resolverCalls';

const trusted = trustedDocuments();
const hashOf = (operationName: string) =>
  [...trusted].find(([, document]) => document.includes(`query ${operationName}`) || document.includes(`mutation ${operationName}`))![0];
const CATEGORIES = hashOf('Categories');
const UNTRUSTED = '{ categories { id slug } }';

describe('trusted documents', () => {
  let h: Harness;
  let settings: RuntimeSettings;
  const store: RuntimeSettingsStore = { current: () => settings, refresh: async () => undefined };

  beforeAll(async () => {
    h = await createHarness({}, { settings: store });
  });

  beforeEach(() => {
    settings = defaultRuntimeSettings({ introspection: true, trustedDocuments: 'allow' });
    resolverCalls.count = 0;
  });

  /** An anonymous GET with only a hash, as the storefront reads the catalog. */
  const byHash = (hash: string, headers: Record<string, string> = {}) =>
    h.send<{ categories: Array<{ id: string }> }>(
      rawEvent({
        method: 'GET',
        headers,
        queryStringParameters: { extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }) },
      }),
    );
  const byText = (query: string, token?: string) =>
    h.send(
      rawEvent({
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query }),
      }),
    );

  it('knows every operation of the storefront, each valid against the schema', () => {
    const schema = buildSchema(typeDefs);

    // this build's documents, and those of earlier releases that a tab still running one sends
    const hashes = (manifest: Record<string, string>) => Object.keys(manifest).map((key) => key.replace(/^sha256:/, ''));
    expect([...trusted.keys()].sort()).toEqual([...new Set([...hashes(storefront), ...hashes(released)])].sort());
    for (const document of trusted.values()) expect(validate(schema, parse(document))).toEqual([]);
  });

  it('answers a trusted document by its hash alone, with no registration, in `allow`', async () => {
    const response = await byHash(CATEGORIES);

    expect(response.statusCode).toBe(200);
    expect(response.body.data!.categories).toEqual(expect.any(Array));
  });

  it('does not know any hash in `off`: the client has to send the document (Automatic Persisted Queries)', async () => {
    settings = { ...settings, trustedDocuments: 'off' };

    const response = await byHash(CATEGORIES);

    expect(codeOf(response)).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('answers PERSISTED_QUERY_NOT_FOUND for a tampered or unknown hash, in every mode', async () => {
    for (const mode of ['allow', 'require'] as const) {
      settings = { ...settings, trustedDocuments: mode };
      const tampered = CATEGORIES.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'));

      expect(codeOf(await byHash(tampered))).toBe('PERSISTED_QUERY_NOT_FOUND');
    }
  });

  it('refuses a document sent with a hash that is not its own, and the hash keeps its own document', async () => {
    const mismatched = await h.send(
      rawEvent({
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: UNTRUSTED, extensions: { persistedQuery: { version: 1, sha256Hash: CATEGORIES } } }),
      }),
    );

    expect(mismatched.statusCode).toBe(400);
    expect(mismatched.body.errors).toEqual([{ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } }]);
    expect((await byHash(CATEGORIES)).body.data!.categories).toEqual(expect.any(Array));
  });

  it('registers nothing under a hash a client claims for another document (Automatic Persisted Queries in `allow`)', async () => {
    const claimed = createHash('sha256').update('{ __typename }').digest('hex');
    await h.send(
      rawEvent({
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: UNTRUSTED, extensions: { persistedQuery: { version: 1, sha256Hash: claimed } } }),
      }),
    );

    expect(codeOf(await byHash(claimed))).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  describe('in `require`', () => {
    beforeEach(() => {
      settings = { ...settings, trustedDocuments: 'require' };
    });

    it('refuses any other document from a customer or anonymously, before a resolver runs', async () => {
      const customer = await byText(UNTRUSTED, h.token({ sub: 'curious' }));
      const anonymous = await byText(UNTRUSTED);

      for (const response of [customer, anonymous]) {
        expect(response.statusCode).toBe(400);
        expect(response.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'TRUSTED_DOCUMENT_REQUIRED' } })]);
      }
      expect(resolverCalls.count).toBe(0);
    });

    it("runs the storefront's documents, by hash or by their text, and any document from an admin", async () => {
      const hash = await byHash(CATEGORIES);
      const text = await byText(trusted.get(CATEGORIES)!);
      const admin = await byText(UNTRUSTED, h.token({ sub: 'ops', admin: true }));

      expect([hash.statusCode, text.statusCode, admin.statusCode]).toEqual([200, 200, 200]);
      expect(admin.body.data).toEqual({ categories: expect.any(Array) });
    });
  });
});
