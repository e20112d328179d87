import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { getMainDefinition, relayStylePagination } from '@apollo/client/utilities';
import type { DocumentNode } from 'graphql';
import type { Auth } from './auth';
import type { StoreConfig } from './config';

/** The hash GraphQL Code Generator gave the document (its persisted-documents manifest key), without the `sha256:` prefix. */
function documentHash(document: DocumentNode): string {
  const hash = (document as DocumentNode & { __meta__?: { hash?: string } }).__meta__?.hash;
  if (!hash) throw new Error('The operation is not one of the generated documents: write it in web/src/operations and run `npm run codegen`.');
  return hash.replace(/^sha256:/, '');
}

/** Top-level fields whose answers are the same for every caller: the catalog (and `__typename`, which codegen adds). */
const CATALOG_FIELDS = new Set(['__typename', 'categories', 'category', 'products', 'product', 'productBySku', 'searchProducts']);

/** A query of catalog fields only: sent anonymously, whoever is signed in, so the stage cache serves it. */
function isCatalogRead(definition: ReturnType<typeof getMainDefinition>): boolean {
  return (
    definition.kind === 'OperationDefinition' &&
    definition.operation === 'query' &&
    definition.selectionSet.selections.every((selection) => selection.kind === 'Field' && CATALOG_FIELDS.has(selection.name.value))
  );
}

/**
 * The admin pages' operations (web/src/operations/admin.graphql), all named Admin…: always sent by
 * POST with the token, never from the stage cache, so an admin reads what was just written (a stock
 * change does not flush the cache) and the API decides, by the token, whether they run.
 */
function isAdminOperation(name: string | undefined): boolean {
  return name?.startsWith('Admin') ?? false;
}

/**
 * Apollo Client for the storefront. Every operation goes out as a trusted document: its hash
 * only, never its text. Catalog reads go anonymously by GET,
 * so the stage's API Gateway cache can serve them (a short URL, keyed on the hash and the
 * variables; the catalog answers everyone alike); mutations, the shopper's own reads (the cart,
 * signed in or not; orders) and
 * every admin operation (its catalog reads too) go by POST with the access token, when there is
 * one (the API refuses a GET that carries one).
 */
export function createClient(config: StoreConfig, auth: Auth): ApolloClient {
  const method = new ApolloLink((operation, forward) => {
    const definition = getMainDefinition(operation.query);
    const admin = isAdminOperation(operation.operationName);
    const session = isCatalogRead(definition) && !admin ? undefined : auth.session();
    // the shopper's own reads (a cart, by its private id) go by POST even anonymously: never from the cache
    const anonymousRead = !admin && isCatalogRead(definition);
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: session ? { ...headers, authorization: `Bearer ${session.token}` } : headers,
      fetchOptions: { method: anonymousRead ? 'GET' : 'POST' },
    }));
    return forward(operation);
  });
  // a token the API refuses (expired mid-session): forget it; the page offers to sign in again
  const expiry = new ErrorLink(({ error }) => {
    const refused =
      (ServerError.is(error) && error.statusCode === 401) ||
      (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED'));
    if (refused) auth.expired();
  });
  const persisted = new PersistedQueryLink({ generateHash: documentHash });
  return new ApolloClient({
    link: ApolloLink.from([expiry, method, persisted, new HttpLink({ uri: config.apiUrl })]),
    cache: new InMemoryCache({
      typePolicies: {
        Category: { fields: { products: relayStylePagination(['sort']) } },
        // the admin pages' lists and the search results ("Load more" appends the next page)
        Query: {
          fields: {
            products: relayStylePagination(['categoryId', 'sort']),
            lowStock: relayStylePagination(),
            orders: relayStylePagination(['status']),
            searchProducts: relayStylePagination(['query', 'filter', 'sort']),
          },
        },
      },
    }),
  });
}
