import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { runShopper } from '../../../bench/lib/shopper';

const money = (amount: number) => ({ amount, currency: 'USD' });

/** The storefront's answers, by operation: one product with a sold-out variant, a low one and one to order. */
const ANSWERS: Record<string, unknown> = {
  Categories: { categories: [{ id: 'c1' }] },
  CategoryProducts: {
    category: { products: { edges: [{ node: { id: 'p1', name: 'Yirgacheffe beans', stock: 0 } }], pageInfo: { hasNextPage: false } } },
  },
  SearchProducts: { searchProducts: { edges: [{ node: { id: 'p1' } }] } },
  ProductPage: {
    product: {
      id: 'p1',
      variants: [
        { id: 'p1', stock: 0, available: false, price: money(2000) },
        { id: 'v-low', stock: 2, available: true, price: money(2100) },
        { id: 'v-ok', stock: 9, available: true, price: money(2200) },
      ],
    },
  },
  MyOrders: { me: null },
  CartCreate: { cartCreate: { cart: { id: 'cart_1' } } },
  CartShippingAddressUpdate: { cartShippingAddressUpdate: { cart: { id: 'cart_1', availableShippingMethods: [{ id: 'standard' }] } } },
  CartShippingMethodUpdate: { cartShippingMethodUpdate: { cart: { id: 'cart_1', cost: { total: money(2700) } } } },
  CheckoutBegin: { checkoutBegin: { order: { id: 'o1' } } },
  CheckoutPaymentConfirm: { checkoutPaymentConfirm: { order: { id: 'o1' } } },
};

describe('the load bench’s shopper', () => {
  it('searches for a word of a product it saw, then buys an available variant of a product page it read through the cart and checkout, at the total shown', async () => {
    // Prepare: a stand-in API that records the orders it is sent
    const orders: unknown[] = [];
    const searches: string[] = [];
    const server = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const url = new URL(request.url ?? '/', 'http://localhost');
        const body = chunks.length
          ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { operationName: string; variables: unknown })
          : undefined;
        const operation = body?.operationName ?? url.searchParams.get('operationName') ?? '';
        if (body && !operation.startsWith('Search') && !['Categories', 'CategoryProducts', 'ProductPage', 'MyOrders'].includes(operation))
          orders.push({ [operation]: body.variables });
        if (operation.startsWith('Search')) searches.push(`${request.method} ${operation} ${url.searchParams.get('variables')}`);
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ data: ANSWERS[operation] }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const agent = new http.Agent({ keepAlive: false });

    try {
      // Act: every random draw low, so each visit views a product page and orders
      await runShopper({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
        agent,
        token: 't',
        categoryIds: ['c1'],
        thinkMs: 0,
        until: performance.now() + 60_000,
        allow: () => !orders.some((sent) => 'CheckoutPaymentConfirm' in (sent as object)),
        record: () => undefined,
        random: () => 0.01,
      });
    } finally {
      agent.destroy();
      await new Promise((resolve) => server.close(resolve));
    }

    // Assess: it searched as the header's box does, anonymously by GET, before ordering
    expect(searches).toEqual([
      'GET SearchSuggestions {"query":"Yir"}',
      'GET SearchSuggestions {"query":"Yirgacheffe"}',
      'GET SearchProducts {"query":"Yirgacheffe","filter":null,"sort":"RELEVANCE","first":12}',
    ]);
    expect(orders).toEqual([
      { CartCreate: { input: { lines: [{ merchandiseId: 'v-ok', quantity: 1 }] } } },
      { CartShippingAddressUpdate: { input: { cartId: 'cart_1', address: expect.objectContaining({ countryCode: 'US' }) } } },
      { CartShippingMethodUpdate: { input: { cartId: 'cart_1', shippingMethodId: 'standard' } } },
      { CheckoutBegin: { input: { cartId: 'cart_1', idempotencyKey: expect.any(String), expectedTotal: money(2700) } } },
      { CheckoutPaymentConfirm: { input: { orderId: 'o1', paymentMethod: '4242424242424242', idempotencyKey: expect.any(String) } } },
    ]);
  });
});
