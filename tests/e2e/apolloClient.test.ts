import { createHash } from 'node:crypto';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { startLocalStack, type LocalStack } from '../../local/startLocalStack';
import { sharedDynamoDb } from '../helpers/sharedDynamoDb';

const ORIGIN = 'https://qa.storefront.example.com';
const CATEGORIES = gql`
  query Categories {
    categories {
      id
      slug
      products(first: 3, sort: PRICE_ASC) {
        edges {
          node {
            sku
            price {
              amount
            }
          }
        }
      }
    }
  }
`;

type CategoriesData = { categories: Array<{ id: string; slug: string }> };

interface Sent {
  readonly method: string;
  readonly hasQuery: boolean;
  readonly hasHash: boolean;
  readonly status: number;
  readonly cache: string | null;
  readonly code?: string;
}

/** Apollo Client as a browser app on the stage's origin would use it: GET for queries, Automatic Persisted Queries, anonymous. */
function browserClient(stack: LocalStack, sent: Sent[], { persisted }: { persisted: boolean }) {
  const fetchFromOrigin: typeof fetch = async (input, init) => {
    const response = await fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), origin: ORIGIN } });
    const url = new URL(String(input));
    const body = (await response.clone().json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    sent.push({
      method: init?.method ?? 'GET',
      hasQuery: url.searchParams.has('query'),
      hasHash: url.searchParams.get('extensions')?.includes('sha256Hash') ?? false,
      status: response.status,
      cache: response.headers.get('x-cache'),
      ...(body.errors ? { code: body.errors[0]?.extensions?.code } : {}),
    });
    return response;
  };
  const http = new HttpLink({ uri: stack.url, useGETForQueries: true, fetch: fetchFromOrigin });
  const link = persisted
    ? new PersistedQueryLink({ sha256: (query) => createHash('sha256').update(query).digest('hex'), useGETForHashedQueries: true }).concat(http)
    : http;
  return new ApolloClient({ link, cache: new InMemoryCache() });
}

describe('Apollo Client over GET against a stage that caches (qa)', () => {
  let stack: LocalStack;

  beforeAll(async () => {
    stack = await startLocalStack({ port: 0, stageName: 'qa', ...sharedDynamoDb() });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('reads the catalog anonymously with useGETForQueries, the second client from the gateway cache', async () => {
    // Prepare
    stack.cache!.clear();
    const sent: Sent[] = [];

    // Act
    const first = await browserClient(stack, sent, { persisted: false }).query<CategoriesData>({ query: CATEGORIES });
    const second = await browserClient(stack, sent, { persisted: false }).query<CategoriesData>({ query: CATEGORIES });

    // Assess
    expect(first.error).toBeUndefined();
    expect(first.data!.categories.map((category) => category.slug).sort()).toEqual(['brewing-gear', 'coffee', 'tea']);
    expect(second.data).toEqual(first.data);
    expect(sent.map(({ method, hasQuery, status, cache }) => ({ method, hasQuery, status, cache }))).toEqual([
      { method: 'GET', hasQuery: true, status: 200, cache: 'miss' },
      { method: 'GET', hasQuery: true, status: 200, cache: 'hit' },
    ]);
  });

  it('runs Automatic Persisted Queries over GET; the PersistedQueryNotFound answer is never what the request with the query gets', async () => {
    // Prepare
    stack.cache!.clear();
    const sent: Sent[] = [];

    // Act: a first client registers the query, a second one reads it
    const first = await browserClient(stack, sent, { persisted: true }).query<CategoriesData>({ query: CATEGORIES });
    const second = await browserClient(stack, sent, { persisted: true }).query<CategoriesData>({ query: CATEGORIES });

    // Assess: both get the data; the hash-only GET and the GET with the query are cached apart
    expect(first.error).toBeUndefined();
    expect(second.error).toBeUndefined();
    expect(second.data).toEqual(first.data);
    expect(first.data!.categories).toHaveLength(3);
    expect(sent[0]).toEqual({ method: 'GET', hasQuery: false, hasHash: true, status: 200, cache: 'miss', code: 'PERSISTED_QUERY_NOT_FOUND' });
    expect(sent[1]).toEqual({ method: 'GET', hasQuery: true, hasHash: true, status: 200, cache: 'miss' });
    expect(sent.filter((request) => request.hasQuery).every((request) => request.code === undefined)).toBe(true);
  });
});
