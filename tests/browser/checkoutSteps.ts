import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { loadOrCreateSigningKey, signToken } from '../../local/localAuth';
import type { Storefront } from './storefront';

/** The local provider's test cards. */
export const CARDS = { approve: '4242 4242 4242 4242', decline: '4000 0000 0000 0002' } as const;

/** Where the browser tests ship. */
export const ADDRESS = { name: 'Dana Demo', line1: '1 Test Street', city: 'Springfield', postalCode: '12345', countryCode: 'US' } as const;

/** A GraphQL request by POST, as a script would send it. */
export async function api<T>(store: Storefront, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(store.apiUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as T;
}

/** A token of the local stack for `sub` (the demo customer by default). */
export const tokenFor = (store: Storefront, sub = 'demo-customer', admin = false) =>
  signToken(loadOrCreateSigningKey(join(store.dataDir, 'local-auth.json')), { sub, admin });

/** Empties the customer's server cart, so that lines other tests left there do not join this test's order on sign-in. */
export async function emptyCustomerCart(store: Storefront, token: string): Promise<void> {
  const { data } = await api<{ data: { me: { cart: { id: string; lines: Array<{ id: string }> } | null } } }>(
    store,
    '{ me { cart { id lines { id } } } }',
    {},
    token,
  );
  const cart = data.me.cart;
  if (cart?.lines.length) {
    await api(
      store,
      'mutation($input: CartLinesRemoveInput!) { cartLinesRemove(input: $input) { userErrors { code } } }',
      { input: { cartId: cart.id, lineIds: cart.lines.map((line) => line.id) } },
      token,
    );
  }
}

/** The demo customer signs in from the page's sign-in screen. */
export async function signIn(page: Page, store: Storefront, user = /Sign in as Dana Demo/): Promise<void> {
  await page.goto(`${store.webUrl}/signin`);
  await page.getByRole('button', { name: user }).click();
  await page.waitForURL(`${store.webUrl}/`);
}

/**
 * On the checkout page, unless an address is set already: ships to the first address of the book,
 * or to ADDRESS typed in (and kept in the book when `save`, or when the book is empty).
 */
export async function chooseAddress(page: Page, { save = false } = {}): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Checkout' }).waitFor();
  const book = page.getByRole('group', { name: 'Your addresses' });
  const form = page.getByLabel('Full name');
  const shown = page.locator('[data-shipping-address]');
  await book.or(form).or(shown).first().waitFor();
  if (await shown.count()) return;
  if (await book.count()) {
    if (!save) {
      await book.getByRole('radio').first().check();
      await shown.waitFor();
      return;
    }
    await book.getByRole('radio', { name: 'A new address' }).check();
  }
  await form.fill(ADDRESS.name);
  await page.getByLabel('Street and number').fill(ADDRESS.line1);
  await page.getByLabel('City', { exact: true }).fill(ADDRESS.city);
  await page.getByLabel('Postal code').fill(ADDRESS.postalCode);
  await page.getByLabel(/^Country code/).fill(ADDRESS.countryCode);
  if (save) await page.getByLabel('Save to my address book').check();
  await page.getByRole('button', { name: 'Ship to this address' }).click();
  await shown.waitFor();
}

/** On the checkout page: the cheapest shipping method (the first). */
export async function chooseShipping(page: Page): Promise<void> {
  const first = page.getByRole('group', { name: 'How should we ship it?' }).getByRole('radio').first();
  await first.check();
  await page.locator('button:enabled', { hasText: /^Pay / }).waitFor();
}

/** The product's page, then "Add to cart" (after setting the quantity when given); resolves once the page says it was added. */
export async function addToCart(page: Page, store: Storefront, productId: string, quantity?: number): Promise<void> {
  await page.goto(`${store.webUrl}/product/${productId}`);
  if (quantity !== undefined) await page.getByLabel('Quantity').fill(String(quantity));
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await page.getByRole('status').filter({ hasText: 'Added' }).waitFor();
}

/** The idempotency keys the page sends with `operationName` to the API, in order, from now on. */
export function idempotencyKeysSent(page: Page, store: Storefront, operationName: string): string[] {
  const keys: string[] = [];
  page.on('request', (request) => {
    const body = request.url().startsWith(store.apiUrl)
      ? (request.postDataJSON() as { operationName?: string; variables?: { input?: { idempotencyKey?: string } } } | null)
      : null;
    if (body?.operationName === operationName) keys.push(body.variables!.input!.idempotencyKey!);
  });
  return keys;
}

/** On the checkout page with address and shipping set: "Pay", then the card; resolves once the payment step shows. */
export async function beginPayment(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Pay / }).click();
  await page.getByLabel('Card number').waitFor();
}

/** On the payment step: pays with `card`. */
export async function payWith(page: Page, card: string): Promise<void> {
  await page.getByLabel('Card number').fill(card);
  await page.getByRole('button', { name: /^Pay / }).click();
}

/** The whole checkout from the cart's current contents with the approving card; resolves with the order's id once its page shows it paid. */
export async function checkOut(page: Page, store: Storefront): Promise<string> {
  await page.goto(`${store.webUrl}/checkout`);
  await chooseAddress(page);
  await chooseShipping(page);
  await beginPayment(page);
  await payWith(page, CARDS.approve);
  await page.waitForURL(/\/orders\/[^/]+$/);
  await page.locator('[data-status="PAID"]').waitFor();
  return decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
}

/** A paid order of the demo customer, made through the API as the storefront would: one unit of `variantId`. */
export async function paidOrder(store: Storefront, token: string, variantId: string): Promise<{ id: string; version: number }> {
  const cart = await api<{ data: { cartCreate: { cart: { id: string } } } }>(
    store,
    'mutation($input: CartCreateInput!) { cartCreate(input: $input) { cart { id } userErrors { code message } } }',
    { input: { lines: [{ merchandiseId: variantId, quantity: 1 }] } },
    token,
  );
  const cartId = cart.data.cartCreate.cart.id;
  const addressed = await api<{ data: { cartShippingAddressUpdate: { cart: { availableShippingMethods: Array<{ id: string }> } } } }>(
    store,
    'mutation($input: CartShippingAddressUpdateInput!) { cartShippingAddressUpdate(input: $input) { cart { availableShippingMethods { id } } userErrors { code message } } }',
    { input: { cartId, address: ADDRESS } },
    token,
  );
  await api(
    store,
    'mutation($input: CartShippingMethodUpdateInput!) { cartShippingMethodUpdate(input: $input) { userErrors { code message } } }',
    { input: { cartId, shippingMethodId: addressed.data.cartShippingAddressUpdate.cart.availableShippingMethods[0]!.id } },
    token,
  );
  const key = `browser-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  const begun = await api<{ data: { checkoutBegin: { order: { id: string } | null; userErrors: unknown[] } } }>(
    store,
    'mutation($input: CheckoutBeginInput!) { checkoutBegin(input: $input) { order { id } userErrors { code message } } }',
    { input: { cartId, idempotencyKey: key } },
    token,
  );
  const orderId = begun.data.checkoutBegin.order?.id;
  if (!orderId) throw new Error(`checkoutBegin refused: ${JSON.stringify(begun.data.checkoutBegin.userErrors)}`);
  const paid = await api<{
    data: { checkoutPaymentConfirm: { order: { id: string; version: number; status: string } | null; userErrors: unknown[] } };
  }>(
    store,
    'mutation($input: CheckoutPaymentConfirmInput!) { checkoutPaymentConfirm(input: $input) { order { id version status } userErrors { code message } } }',
    { input: { orderId, paymentMethod: CARDS.approve.replace(/ /g, ''), idempotencyKey: `${key}-pay` } },
    token,
  );
  const order = paid.data.checkoutPaymentConfirm.order;
  if (order?.status !== 'PAID') throw new Error(`the order was not paid: ${JSON.stringify(paid.data.checkoutPaymentConfirm)}`);
  return { id: order.id, version: order.version };
}
