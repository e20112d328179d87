import * as http from 'node:http';
import manifest from '../../generated/web/persisted-documents.json';
import { operationName } from '../../release/operationName';
import { BENCH_ORIGIN } from './env';
import { COLD_START_HEADER } from './lambdaFunction';

/** The storefront's trusted documents, by operation name: `hash` as the storefront sends it (no `sha256:`). */
export const STOREFRONT_HASHES: Record<string, string> = Object.fromEntries(
  Object.entries(manifest as Record<string, string>).map(([hash, text]) => [operationName(text), hash.replace(/^sha256:/, '')]),
);

export interface ShopperRequest {
  readonly operation: string;
  readonly method: 'GET' | 'POST';
  /** The HTTP status; 0 when the connection failed without an answer. */
  readonly status: number;
  readonly ms: number;
  readonly cache?: 'hit' | 'miss';
  /** The answer carried GraphQL errors. */
  readonly graphqlErrors: boolean;
  /** The function answered from an instance it started for this request. */
  readonly cold: boolean;
}

export interface ShopperOptions {
  readonly url: string;
  readonly agent: http.Agent;
  readonly token: string;
  readonly categoryIds: readonly string[];
  /** Mean pause between two requests of a shopper (uniform between 0 and twice this). */
  readonly thinkMs: number;
  /** The run stops sending at this time (performance.now()) or when `allow()` refuses. */
  readonly until: number;
  readonly allow: () => boolean;
  readonly record: (request: ShopperRequest) => void;
  readonly random?: () => number;
}

/** What the shopper reads of a product page (the storefront's ProductPage) to order a variant of it. */
interface ViewedProduct {
  readonly id: string;
  readonly variants?: ReadonlyArray<{ id: string; stock: number; available: boolean; price: { amount: number; currency: string } }>;
}

/**
 * One virtual shopper, visit after visit until the run ends, as the storefront's pages send their
 * trusted documents: the home page's categories, a category's products (a sort, "Load more"
 * sometimes), one to three product pages, then sometimes sign-in reads (my orders) and now and
 * then an order of an available variant of a product it viewed, as the product page's picker adds
 * it to a server cart and the checkout page buys it (address, shipping, the total shown, the test
 * card). Catalog reads go anonymously by GET (the stage's cache applies); signed-in reads, the cart
 * and the checkout by POST with the token.
 */
export async function runShopper(options: ShopperOptions): Promise<void> {
  const random = options.random ?? Math.random;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const live = () => performance.now() < options.until && options.allow();
  const think = () => new Promise((resolve) => setTimeout(resolve, random() * 2 * options.thinkMs));
  const send = async (operation: string, variables: Record<string, unknown>, signedIn = false) => {
    const answer = await graphql(options, operation, variables, signedIn);
    options.record(answer.request);
    await think();
    return answer.data;
  };
  while (live()) {
    await send('Categories', {});
    if (!live()) break;
    const sort = pick(['NEWEST', 'NEWEST', 'PRICE_ASC', 'PRICE_DESC']);
    const id = pick(options.categoryIds);
    let page = await send('CategoryProducts', { id, sort, first: 12 });
    const products: Array<{ id: string }> = (page?.category?.products?.edges ?? []).map((edge: any) => edge.node);
    if (live() && random() < 0.3 && page?.category?.products?.pageInfo?.hasNextPage) {
      page = await send('CategoryProducts', { id, sort, first: 12, after: page.category.products.pageInfo.endCursor });
      products.push(...(page?.category?.products?.edges ?? []).map((edge: any) => edge.node));
    }
    const named: Array<{ id: string; name?: string }> = (page?.category?.products?.edges ?? []).map((edge: any) => edge.node);
    if (live() && random() < 1 / 3 && named.length) {
      // as the header's search box: suggestions while typing (debounced: a short prefix, then the word), then the results page
      const word = (pick(named).name ?? '').split(/\s+/).find((part: string) => part.length >= 4) ?? 'coffee';
      await send('SearchSuggestions', { query: word.slice(0, 3) });
      if (live()) await send('SearchSuggestions', { query: word });
      if (live()) {
        const results = await send('SearchProducts', { query: word, filter: null, sort: 'RELEVANCE', first: 12 });
        products.push(...(results?.searchProducts?.edges ?? []).map((edge: any) => edge.node));
      }
    }
    const views = 1 + Math.floor(random() * 3);
    const viewed: ViewedProduct[] = [];
    for (let index = 0; index < views && live() && products.length; index++) {
      const product = (await send('ProductPage', { id: pick(products).id }))?.product as ViewedProduct | undefined;
      if (product) viewed.push(product);
    }
    if (live() && random() < 0.2) await send('MyOrders', {}, true);
    const inStock = viewed.flatMap((product) =>
      (product.variants ?? []).filter((variant) => variant.available && variant.stock > 5).map((variant) => ({ product, variant })),
    );
    if (live() && random() < 0.08 && inStock.length) {
      // as the product page adds to the cart and the checkout page buys it: the variant picked, the
      // stage's cheapest shipping, the total shown, the local provider's approving test card
      const { variant } = pick(inStock);
      const key = `load-${process.pid}-${performance.now()}-${random()}`;
      const created = await send('CartCreate', { input: { lines: [{ merchandiseId: variant.id, quantity: 1 }] } }, true);
      const cartId: string | undefined = created?.cartCreate?.cart?.id;
      if (!cartId || !live()) continue;
      const addressed = await send('CartShippingAddressUpdate', { input: { cartId, address: BENCH_ADDRESS } }, true);
      const method = addressed?.cartShippingAddressUpdate?.cart?.availableShippingMethods?.[0]?.id;
      if (!method || !live()) continue;
      const shipped = await send('CartShippingMethodUpdate', { input: { cartId, shippingMethodId: method } }, true);
      const total = shipped?.cartShippingMethodUpdate?.cart?.cost?.total;
      if (!total || !live()) continue;
      const begun = await send(
        'CheckoutBegin',
        { input: { cartId, idempotencyKey: key, expectedTotal: { amount: total.amount, currency: total.currency } } },
        true,
      );
      const orderId = begun?.checkoutBegin?.order?.id;
      if (!orderId || !live()) continue;
      await send('CheckoutPaymentConfirm', { input: { orderId, paymentMethod: '4242424242424242', idempotencyKey: `${key}-pay` } }, true);
    }
  }
}

/** Where the bench's orders ship. */
const BENCH_ADDRESS = { name: 'Bench Shopper', line1: '1 Load Street', city: 'Springfield', postalCode: '12345', countryCode: 'US' };

async function graphql(
  options: ShopperOptions,
  operation: string,
  variables: Record<string, unknown>,
  signedIn: boolean,
): Promise<{ request: ShopperRequest; data: any }> {
  const extensions = { persistedQuery: { version: 1, sha256Hash: STOREFRONT_HASHES[operation] } };
  const method = signedIn ? 'POST' : 'GET';
  const url = new URL(options.url);
  if (method === 'GET') {
    url.searchParams.set('operationName', operation);
    url.searchParams.set('variables', JSON.stringify(variables));
    url.searchParams.set('extensions', JSON.stringify(extensions));
  }
  const body = method === 'POST' ? JSON.stringify({ operationName: operation, variables, extensions }) : undefined;
  const started = performance.now();
  // a connection the gateway dropped counts as status 0, and the shopper goes on
  const answer = await new Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }>((resolve) => {
    const request = http.request(
      url,
      {
        method,
        agent: options.agent,
        headers: {
          Origin: BENCH_ORIGIN,
          ...(body ? { 'Content-Type': 'application/json', Authorization: `Bearer ${options.token}` } : {}),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    request.on('error', (error) => resolve({ status: 0, headers: {}, text: JSON.stringify({ errors: [{ message: error.message }] }) }));
    request.end(body);
  });
  const ms = performance.now() - started;
  let parsed: any;
  try {
    parsed = JSON.parse(answer.text);
  } catch {
    parsed = undefined;
  }
  const cache = answer.headers['x-cache'];
  return {
    request: {
      operation,
      method,
      status: answer.status,
      ms,
      ...(cache === 'hit' || cache === 'miss' ? { cache } : {}),
      graphqlErrors: Boolean(parsed?.errors?.length),
      cold: answer.headers[COLD_START_HEADER] === '1',
    },
    data: parsed?.data,
  };
}
